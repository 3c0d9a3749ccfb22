package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockscope.SharedFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A FIFO met in a directory walk is skipped with an error record (reading it could block the batch
 * for ever), while a FIFO the user names, such as a shell's {@code <(zcat log.gz)}, is read.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BatchSpecialFilesTest {

  private static Path fifo(Path at) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", at.toString()).inheritIO().start();
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo is needed");
    return at;
  }

  @Test
  void aFifoInADirectoryIsSkippedWithAnError(@TempDir Path temp) throws Exception {
    fifo(temp.resolve("a.fifo"));
    Files.copy(SharedFiles.seed(), temp.resolve("b.log"));
    List<JsonNode> records = BatchRuns.jsonl(0, temp.toString());
    assertEquals(2, records.size(), records.toString());
    assertTrue(records.get(0).path("error").asText().contains("not a regular file"), records.toString());
    assertEquals("CONFIRMED", records.get(1).path("verdict").asText(), records.toString());
  }

  @Test
  void aFifoNamedOnTheCommandLineIsRead(@TempDir Path temp) throws Exception {
    Path pipe = fifo(temp.resolve("log.fifo"));
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(pipe)) {
        Files.copy(SharedFiles.seed(), out);
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    });
    writer.start();
    List<JsonNode> records = BatchRuns.jsonl(0, pipe.toString());
    writer.join();
    assertEquals(1, records.size(), records.toString());
    assertEquals("inconsistent-lock-state", records.get(0).path("kind").asText(), records.toString());
  }
}
