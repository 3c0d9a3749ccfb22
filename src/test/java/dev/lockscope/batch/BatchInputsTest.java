package dev.lockscope.batch;

import static dev.lockscope.batch.BatchRuns.onlyRecordOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lockscope.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every input gives its own records and never stops the batch: unreadable paths give an error
 * record, files without a report a "none" record, a report at the end of 50 MB of console noise is
 * found; the exit code is that of the worst verdict, read errors aside.
 */
class BatchInputsTest {

  private static final int NOISE_BYTES = 50_000_000;

  @TempDir static Path shared;

  private static Path inputs;
  private static Path missing;
  private static int noiseLines;
  private static List<JsonNode> records;

  /** One batch over a directory of awkward inputs next to one good report, with a missing path after it. */
  @BeforeAll
  static void batchAwkwardInputs() throws IOException {
    inputs = Files.createDirectory(shared.resolve("inputs"));
    noiseLines = TestLogs.consoleNoiseThen(inputs.resolve("a-huge-console.log"), NOISE_BYTES, TestLogs.seed());
    TestLogs.write(inputs, "binary.bin", TestLogs.binary(300_000));
    Files.createSymbolicLink(inputs.resolve("dangling.log"), shared.resolve("gone/away.log"));
    TestLogs.write(inputs, "empty.log", "");
    Files.copy(TestLogs.GOOD_REPORT, inputs.resolve("good-report.txt"));
    missing = shared.resolve("not-there.log");
    records = BatchRuns.jsonl(0, "--threads", "4", inputs.toString(), missing.toString());
  }

  private static String in(String name) {
    return inputs.resolve(name).toString();
  }

  @Test
  void everyInputHasOneRecordInWalkOrder() {
    List<String> expected = Stream.concat(BatchRuns.walkOrder(inputs).stream(), Stream.of(missing.toString())).toList();
    assertEquals(expected, BatchRuns.sources(records));
  }

  @Test
  void unreadableInputsAreErrorRecords() {
    for (String source : List.of(in("dangling.log"), missing.toString())) {
      JsonNode record = onlyRecordOf(source, records);
      assertFalse(record.path("error").asText().isBlank(), record.toString());
      assertFalse(record.has("kind"), record.toString());
    }
  }

  @Test
  void binaryAndEmptyFilesHaveNoReport() {
    for (String source : List.of(in("binary.bin"), in("empty.log"))) {
      assertTrue(BatchRuns.isNone(onlyRecordOf(source, records)), source);
    }
  }

  @Test
  void theReportAtTheEndOf50MegabytesOfNoiseIsFoundWhereItIs() throws IOException {
    assertTrue(Files.size(inputs.resolve("a-huge-console.log")) > NOISE_BYTES);
    JsonNode alone = BatchRuns.reports(BatchRuns.jsonl(0, SharedFiles.seed().toString())).get(0);
    JsonNode found = onlyRecordOf(in("a-huge-console.log"), records);
    assertEquals(0, found.path("index").asInt(-1), found.toString());
    assertEquals("inconsistent-lock-state", found.path("kind").asText());
    assertEquals("CONFIRMED", found.path("verdict").asText());
    assertEquals(alone.path("signature"), found.path("signature"));
    assertEquals(noiseLines + alone.path("first_line").asInt(), found.path("first_line").asInt());
    assertEquals(noiseLines + alone.path("last_line").asInt(), found.path("last_line").asInt());
  }

  @Test
  void theGoodReportIsStillConfirmed() {
    JsonNode good = onlyRecordOf(in("good-report.txt"), records);
    assertEquals("circular-dependency", good.path("kind").asText());
    assertEquals("CONFIRMED", good.path("verdict").asText());
  }

  @Test
  void aReportCutInHalfIsIncompleteAndExitsFour(@TempDir Path temp) throws IOException {
    Path cut = writeCutReport(temp);
    List<JsonNode> result = BatchRuns.jsonl(4, TestLogs.GOOD_REPORT.toString(), cut.toString());
    assertEquals("INCOMPLETE", BatchRuns.verdictOf(cut.toString(), result));
    assertEquals("CONFIRMED", BatchRuns.verdictOf(TestLogs.GOOD_REPORT.toString(), result));
  }

  @Test
  void aContradictedReportExitsOneEvenNextToAnIncompleteOne(@TempDir Path temp) throws IOException {
    Path cut = writeCutReport(temp);
    Path contradicted = TestLogs.write(temp, "contradicted.log", TestLogs.contradictedSeed());
    List<JsonNode> result = BatchRuns.jsonl(1, cut.toString(), contradicted.toString(), TestLogs.GOOD_REPORT.toString());
    assertEquals("CONTRADICTED", BatchRuns.verdictOf(contradicted.toString(), result));
    assertEquals(3, result.size(), result.toString());
  }

  /** The good report cut in the middle of its own lines. */
  private static Path writeCutReport(Path directory) throws IOException {
    JsonNode whole = onlyRecordOf(TestLogs.GOOD_REPORT.toString(), BatchRuns.jsonl(0, TestLogs.GOOD_REPORT.toString()));
    int middle = (whole.path("first_line").asInt() + whole.path("last_line").asInt()) / 2;
    return TestLogs.write(directory, "cut-in-half.log", TestLogs.firstLines(SharedFiles.read(TestLogs.GOOD_REPORT), middle));
  }

  @Test
  void aGzippedReportGivesTheSameRecordAsThePlainOne(@TempDir Path temp) throws IOException {
    Path zipped = TestLogs.write(temp, "report.txt.gz", TestLogs.gzip(Files.readAllBytes(TestLogs.GOOD_REPORT)));
    List<JsonNode> result = BatchRuns.jsonl(0, TestLogs.GOOD_REPORT.toString(), zipped.toString());
    assertEquals(BatchRuns.withoutSource(onlyRecordOf(TestLogs.GOOD_REPORT.toString(), result)),
        BatchRuns.withoutSource(onlyRecordOf(zipped.toString(), result)));
  }

  @Test
  void gzipIsKnownByItsMagicBytesNotByTheName(@TempDir Path temp) throws IOException {
    Path zipped = TestLogs.write(temp, "report.log", TestLogs.gzip(Files.readAllBytes(TestLogs.GOOD_REPORT)));
    Path plain = TestLogs.write(temp, "plain.gz", Files.readAllBytes(TestLogs.GOOD_REPORT));
    List<JsonNode> result = BatchRuns.jsonl(0, TestLogs.GOOD_REPORT.toString(), zipped.toString(), plain.toString());
    JsonNode expected = BatchRuns.withoutSource(onlyRecordOf(TestLogs.GOOD_REPORT.toString(), result));
    assertEquals(expected, BatchRuns.withoutSource(onlyRecordOf(zipped.toString(), result)));
    assertEquals(expected, BatchRuns.withoutSource(onlyRecordOf(plain.toString(), result)));
  }

  @Test
  void corruptGzipFilesAreErrorRecordsAfterWhatTheyHeldAndTheBatchGoesOn(@TempDir Path temp) throws IOException {
    byte[] zipped = TestLogs.gzip(Files.readAllBytes(TestLogs.GOOD_REPORT));
    TestLogs.write(temp, "a-junk.gz", TestLogs.gzipHeaderThenJunk());
    TestLogs.write(temp, "b-truncated.txt.gz", Arrays.copyOf(zipped, zipped.length / 2));
    Files.copy(TestLogs.GOOD_REPORT, temp.resolve("c-good.txt"));
    List<JsonNode> result = BatchRuns.jsonl(4, temp.toString());
    for (String corrupt : List.of("a-junk.gz", "b-truncated.txt.gz")) {
      List<JsonNode> mine = BatchRuns.of(temp.resolve(corrupt).toString(), result);
      assertFalse(mine.isEmpty(), corrupt);
      assertTrue(BatchRuns.isError(mine.get(mine.size() - 1)), corrupt + " should end in an error record: " + mine);
    }
    List<JsonNode> truncated = BatchRuns.of(temp.resolve("b-truncated.txt.gz").toString(), result);
    assertEquals(2, truncated.size(), "the report read up to the break, then the error: " + truncated);
    assertEquals("INCOMPLETE", truncated.get(0).path("verdict").asText(), truncated.toString());
    assertEquals("CONFIRMED", BatchRuns.verdictOf(temp.resolve("c-good.txt").toString(), result));
    assertEquals(BatchRuns.walkOrder(temp), BatchRuns.sourceRuns(BatchRuns.sources(result)));
  }

  @Test
  void pathsListedOnStandardInputAreReadInListOrder(@TempDir Path temp) throws IOException {
    Path empty = TestLogs.write(temp, "a-empty.log", "");
    Path good = Files.copy(TestLogs.GOOD_REPORT, temp.resolve("z-good.txt"));
    Path absent = temp.resolve("m-absent.log");
    String list = String.join("\n", good.toString(), "", absent.toString(), "   ", empty.toString()) + "\n";
    List<JsonNode> result = BatchRuns.records(BatchRuns.batchWithStdin(list, "--format", "jsonl", "-").out());
    assertEquals(List.of(good.toString(), absent.toString(), empty.toString()), BatchRuns.sources(result));
    assertTrue(BatchRuns.isReport(result.get(0)) && BatchRuns.isError(result.get(1)) && BatchRuns.isNone(result.get(2)), result.toString());
  }

  @Test
  void theStandardInputListTakesThePlaceOfItsDash(@TempDir Path temp) throws IOException {
    Path first = TestLogs.write(temp, "first.log", "");
    Path listed = TestLogs.write(temp, "listed.log", "");
    Path last = TestLogs.write(temp, "last.log", "");
    List<JsonNode> result = BatchRuns.records(
        BatchRuns.batchWithStdin(listed + "\n", "--format", "jsonl", first.toString(), "-", last.toString()).out());
    assertEquals(List.of(first.toString(), listed.toString(), last.toString()), BatchRuns.sources(result));
  }
}
