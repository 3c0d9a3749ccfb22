package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's corpora measure the analysis, not a cache of identical inputs: no two of their
 * files are identical, no two of their reports are identical once the console envelope is
 * stripped, and yet each copy is analyzed as its original (same kind, verdict, title and
 * signature), so the work measured is the corpus's.
 */
class DistinctCorpusTest {

  private static final int COPIES = 3;

  @TempDir
  static Path temp;

  private static List<Path> originals;
  private static Path copies;
  private static Path joined;

  @BeforeAll
  static void makeCorpora() throws IOException {
    List<String> logs = DistinctCorpus.logsOf(BatchRuns.corpus());
    originals = DistinctCorpus.logFiles(BatchRuns.corpus()).stream().filter(p -> logs.contains(read(p))).toList();
    copies = temp.resolve("copies");
    joined = temp.resolve("joined");
    new DistinctCorpus(logs).copies(copies, COPIES * originals.size());
    new DistinctCorpus(logs).joined(joined, 3, 100_000);
  }

  @Test
  void noTwoFilesAreIdentical() {
    List<Path> files = files(copies, joined);
    Set<String> contents = files.stream().map(DistinctCorpusTest::read).collect(Collectors.toSet());
    assertEquals(COPIES * originals.size() + 3, files.size());
    assertEquals(files.size(), contents.size());
  }

  @Test
  void noTwoNormalizedReportsOfACorpusAreIdentical() {
    List<String> copied = normalizedReports(files(copies));
    List<String> inJoined = normalizedReports(files(joined));
    assertTrue(copied.size() >= COPIES * originals.size(), "every log has a report");
    assertTrue(inJoined.size() > 3 * 10, "a joined file holds many reports");
    assertEquals(List.of(), duplicates(copied));
    assertEquals(List.of(), duplicates(inJoined));
  }

  @Test
  void theCheckFindsTheRepeatsOfAReplicatingCorpus() {
    List<Path> twice = Stream.concat(originals.stream(), originals.stream()).toList();
    assertEquals(normalizedReports(originals).size(), duplicates(normalizedReports(twice)).size());
  }

  @Test
  void eachCopyIsAnalyzedAsItsOriginal() {
    Map<String, List<String>> original = outcomesBySource(BatchRuns.corpus());
    Map<String, List<String>> copied = outcomesBySource(copies);
    List<Path> copyFiles = files(copies);
    for (int i = 0; i < copyFiles.size(); i++) {
      String log = originals.get(i % originals.size()).toString();
      List<String> expected = original.get(log);
      assertFalse(expected.isEmpty(), log);
      assertEquals(expected, copied.get(copyFiles.get(i).toString()), copyFiles.get(i) + " is a copy of " + log);
    }
  }

  @Test
  void writingTheSameFileTwiceFails() throws IOException {
    DistinctCorpus same = new DistinctCorpus(List.of("no console time, address or PID here\n"));
    assertThrows(IllegalStateException.class, () -> same.joined(temp.resolve("same"), 2, 10));
  }

  /** Kind, verdict, title and signature of every report, by source. */
  private static Map<String, List<String>> outcomesBySource(Path directory) {
    List<JsonNode> records = BatchRuns.jsonl(4, directory.toString());
    return records.stream().filter(BatchRuns::isReport).collect(Collectors.groupingBy(
        r -> r.path("source").asText(),
        Collectors.mapping(r -> String.join(" | ", r.path("kind").asText(), r.path("verdict").asText(),
            r.path("title").asText(), r.path("signature").asText()), Collectors.toList())));
  }

  /** The text of every report found in {@code files}, console envelopes stripped. */
  private static List<String> normalizedReports(List<Path> files) {
    return files.stream().flatMap(file -> DistinctCorpus.normalizedReports(read(file)).stream()).toList();
  }

  private static List<String> duplicates(List<String> texts) {
    Set<String> seen = new HashSet<>();
    return texts.stream().filter(text -> !seen.add(text)).toList();
  }

  private static List<Path> files(Path... directories) {
    return Stream.of(directories).flatMap(d -> BatchRuns.walkOrder(d).stream()).map(Path::of).toList();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
