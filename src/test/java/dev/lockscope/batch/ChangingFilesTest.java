package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockscope.SharedFiles;
import dev.lockscope.cli.CliRun;
import dev.lockscope.verify.ExitCodes;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that vanish, shrink and grow while a batch reads them (a log rotated, a corpus being
 * cleaned up): whatever the timing, every input listed gets its records and at least one, each
 * record is whole JSON, a file that is gone is one "no such file" record, and nothing is an
 * internal error.
 */
class ChangingFilesTest {

  private static final int FILES = 300;

  @Test
  void filesChangingDuringTheBatchEachGetARecord(@TempDir Path corpus) throws Exception {
    String report = SharedFiles.read(SharedFiles.samples().resolve("circular-oracle-abba-mutex.log"));
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < FILES; i++) {
      Path file = TestLogs.write(corpus, "r%03d.log".formatted(i), report.replace("lds_mutex_a", "lds_mutex_" + i));
      list.append(file).append('\n');
    }
    AtomicBoolean running = new AtomicBoolean(true);
    Thread vandal = new Thread(() -> change(corpus, report, running), "vandal");
    vandal.start();
    CliRun run;
    try {
      run = BatchRuns.batchWithStdin(list.toString(), "--threads", "2", "--format", "jsonl", "-");
    } finally {
      running.set(false);
      vandal.join();
    }
    assertTrue(Set.of(ExitCodes.ALL_CONFIRMED, ExitCodes.INCOMPLETE).contains(run.code()), run.err());
    Map<String, Integer> recordsBySource = new LinkedHashMap<>();
    for (JsonNode record : BatchRuns.records(run.out())) {
      recordsBySource.merge(record.get("source").asText(), 1, Integer::sum);
      if (record.has("error")) {
        assertEquals("no such file", record.get("error").asText(), record.toString());
      }
      assertFalse(record.path("checks").toString().contains("internal error"), record.toString());
    }
    assertEquals(FILES, recordsBySource.size(), "every listed input has a record");
  }

  /** Deletes, truncates, cuts in half and rewrites the files in turn until told to stop. */
  private static void change(Path corpus, String report, AtomicBoolean running) {
    byte[] whole = report.getBytes(StandardCharsets.UTF_8);
    for (int round = 0; running.get(); round++) {
      Path file = corpus.resolve("r%03d.log".formatted(round % FILES));
      try {
        switch (round % 4) {
          case 0 -> Files.deleteIfExists(file);
          case 1 -> truncate(file, 0);
          case 2 -> truncate(file, whole.length / 2);
          default -> Files.write(file, whole);
        }
      } catch (IOException e) {
        // a file the batch holds open or that is gone already: the next one
      }
    }
  }

  private static void truncate(Path file, long length) throws IOException {
    if (Files.exists(file)) {
      try (RandomAccessFile open = new RandomAccessFile(file.toFile(), "rw")) {
        open.setLength(length);
      }
    }
  }

  @Test
  void aListedFileThatIsGoneIsOneRecord(@TempDir Path corpus) {
    String missing = corpus.resolve("gone.log").toString();
    List<JsonNode> records = BatchRuns.records(BatchRuns.batchWithStdin(missing + "\n", "--format", "jsonl", "-").out());
    assertEquals(1, records.size());
    assertEquals("no such file", records.get(0).get("error").asText());
  }
}
