package dev.lockscope.batch;

import static dev.lockscope.batch.BatchRuns.corpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockscope.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The batch output over the corpus is the same byte for byte whatever the thread count, names every
 * input file in walk order, and each report record is the report object of {@code check --format json}.
 */
class BatchOrderTest {

  /** The default thread count (one per core), one thread, and more threads than this machine has cores. */
  private static final List<List<String>> THREAD_OPTIONS = List.of(List.of(), List.of("--threads", "1"), List.of("--threads", "4"));

  private static List<JsonNode> corpusRecords;

  @BeforeAll
  static void batchTheCorpus() {
    corpusRecords = BatchRuns.records(batchCorpus(List.of("--format", "jsonl")).get(0).out());
  }

  /** The corpus batched once per entry of {@link #THREAD_OPTIONS}, with {@code options} too. */
  private static List<CliRun> batchCorpus(List<String> options) {
    List<CliRun> runs = new ArrayList<>();
    for (List<String> threads : THREAD_OPTIONS) {
      String[] args = Stream.of(threads, options, List.of(corpus().toString())).flatMap(List::stream).toArray(String[]::new);
      runs.add(BatchRuns.batch(args));
    }
    return runs;
  }

  @ParameterizedTest(name = "--format {0} --summary")
  @ValueSource(strings = {"jsonl", "text"})
  void outputIsIdenticalWhateverTheThreadCount(String format) {
    List<CliRun> runs = batchCorpus(List.of("--format", format, "--summary"));
    CliRun first = runs.get(0);
    assertFalse(first.out().isEmpty());
    for (CliRun run : runs) {
      assertEquals(first.code(), run.code(), run.err());
      assertEquals(first.out(), run.out(), "the output depends on --threads");
      assertEquals("", run.err());
    }
  }

  @Test
  void jsonlNamesEveryCorpusFileInWalkOrder() {
    List<String> expected = BatchRuns.walkOrder(corpus());
    assertTrue(expected.stream().anyMatch(f -> f.endsWith(".md")) && expected.stream().anyMatch(f -> f.endsWith(".tsv")),
        "the corpus walk should include its README.md and .tsv files: " + expected);
    assertEquals(expected, BatchRuns.sourceRuns(BatchRuns.sources(corpusRecords)));
  }

  @Test
  void textNamesEveryCorpusFileInWalkOrderThenTheSummary() {
    List<String> expected = BatchRuns.walkOrder(corpus());
    List<String> lines = BatchRuns.batch("--summary", corpus().toString()).out().lines().toList();
    List<String> recordLines = lines.stream().takeWhile(l -> l.startsWith(corpus().toString())).toList();
    assertEquals(expected, BatchRuns.sourceRuns(recordLines.stream().map(line -> sourceOfTextLine(line, expected)).toList()));
    assertTrue(lines.get(recordLines.size()).startsWith(expected.size() + " files ("), lines.get(recordLines.size()));
  }

  /** The longest input name that starts the line, followed by a colon. */
  private static String sourceOfTextLine(String line, List<String> sources) {
    return sources.stream().filter(s -> line.startsWith(s + ":")).max(Comparator.comparingInt(String::length))
        .orElseThrow(() -> new AssertionError("a text line that names no input: " + line));
  }

  @Test
  void eachFileHasReportsIndexedFromZeroOrOneNoneRecord() {
    for (String source : BatchRuns.walkOrder(corpus())) {
      List<JsonNode> records = BatchRuns.of(source, corpusRecords);
      assertFalse(records.isEmpty(), source);
      if (records.stream().anyMatch(BatchRuns::isNone)) {
        assertEquals(1, records.size(), source + ": a file without a report has one record: " + records);
      } else {
        List<Integer> indexes = records.stream().map(r -> r.path("index").asInt(-1)).toList();
        assertEquals(IntStream.range(0, records.size()).boxed().toList(), indexes, source);
      }
    }
  }

  @Test
  void eachReportRecordIsTheCheckJsonReportPlusSourceAndIndex() {
    for (String source : BatchRuns.walkOrder(corpus())) {
      JsonNode checked = BatchRuns.parse(CliRun.of("check", "--format", "json", source).out());
      List<JsonNode> expected = new ArrayList<>();
      checked.path("reports").forEach(expected::add);
      List<JsonNode> reports = BatchRuns.reports(BatchRuns.of(source, corpusRecords));
      assertEquals(expected, reports.stream().map(BatchRuns::withoutSource).toList(), source);
    }
  }

  @Test
  void directoriesAreWalkedInPlaceByName(@TempDir Path temp) throws IOException {
    Path tree = Files.createDirectories(temp.resolve("tree"));
    for (String file : List.of("b.log", "a/z.log", "a/m/x.log", "a.log", "c/a.log", "B.log")) {
      Files.createDirectories(tree.resolve(file).getParent());
      TestLogs.write(tree, file, "boot\n");
    }
    List<String> sources = BatchRuns.sources(BatchRuns.jsonl(0, tree.toString()));
    assertEquals(Stream.of("B.log", "a/m/x.log", "a/z.log", "a.log", "b.log", "c/a.log").map(f -> tree.resolve(f).toString()).toList(),
        sources);
    assertEquals(BatchRuns.walkOrder(tree), sources);
  }
}
