package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With {@code --summary}, the last JSONL line is a summary whose counts are those of the records
 * before it, and copies of one report under different console prefixes make one signature group.
 */
class BatchSummaryTest {

  @TempDir Path temp;

  /** The records, then the summary; fails unless the last line, and only it, is the summary. */
  private record Output(List<JsonNode> records, JsonNode summary) {

    static Output of(List<JsonNode> lines) {
      JsonNode last = lines.get(lines.size() - 1);
      assertTrue(last.has("summary") && last.size() == 1, "the last line should be {\"summary\": ...}: " + last);
      List<JsonNode> records = lines.subList(0, lines.size() - 1);
      assertTrue(records.stream().noneMatch(r -> r.has("summary")), "only the last line is the summary");
      return new Output(records, last.get("summary"));
    }
  }

  @Test
  void theSummaryCountsTheRecords() throws IOException {
    TestLogs.write(temp, "contradicted.log", TestLogs.contradictedSeed());
    TestLogs.write(temp, "binary.bin", TestLogs.binary(10_000));
    TestLogs.write(temp, "seed.log.gz", TestLogs.gzip(TestLogs.seed().getBytes(StandardCharsets.UTF_8)));
    Path missing = temp.resolve("not-there.log");
    Output output = Output.of(BatchRuns.jsonl(1, "--summary", BatchRuns.corpus().toString(), temp.toString(), missing.toString()));
    List<JsonNode> records = output.records();
    JsonNode summary = output.summary();
    assertEquals(BatchRuns.sourceRuns(BatchRuns.sources(records)).size(), summary.path("files").asLong());
    assertEquals(BatchRuns.reports(records).size(), summary.path("reports").asLong());
    long withoutReport = records.stream().filter(BatchRuns::isNone).count();
    long errors = records.stream().filter(BatchRuns::isError).count();
    assertTrue(withoutReport > 0 && errors > 0, "the batch should have files without a report and errors");
    assertEquals(withoutReport, summary.path("without_report").asLong());
    assertEquals(errors, summary.path("errors").asLong());
    assertEquals(byKindAndVerdict(records), summary.path("by_kind"));
    assertEquals(bytesOf(BatchRuns.corpus()) + bytesOf(temp), summary.path("bytes").asLong());
  }

  /** {kind: {verdict: reports}} counted from the report records. */
  private static ObjectNode byKindAndVerdict(List<JsonNode> records) {
    ObjectNode counts = new ObjectMapper().createObjectNode();
    for (JsonNode report : BatchRuns.reports(records)) {
      ObjectNode kind = counts.has(report.path("kind").asText())
          ? (ObjectNode) counts.get(report.path("kind").asText())
          : counts.putObject(report.path("kind").asText());
      String verdict = report.path("verdict").asText();
      kind.put(verdict, kind.path(verdict).asInt() + 1);
    }
    return counts;
  }

  private static long bytesOf(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).mapToLong(BatchSummaryTest::size).sum();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void copiesOfOneReportWithDifferentPrefixesShareASignatureGroup() throws IOException {
    TestLogs.write(temp, "plain.log", TestLogs.seed());
    TestLogs.write(temp, "timestamped.log", TestLogs.timestamped(TestLogs.seed()));
    TestLogs.write(temp, "syslog.log", TestLogs.syslogged(TestLogs.seed()));
    Output output = Output.of(BatchRuns.jsonl(0, "--summary", temp.toString()));
    List<JsonNode> reports = BatchRuns.reports(output.records());
    assertEquals(3, reports.size(), output.records().toString());
    assertEquals(1, reports.stream().map(r -> r.path("signature")).distinct().count(), reports.toString());
    JsonNode groups = output.summary().path("signatures");
    assertEquals(1, groups.size(), groups.toString());
    JsonNode group = groups.get(0);
    assertEquals(reports.get(0).path("signature"), group.path("signature"));
    assertEquals(3, group.path("reports").asLong());
    assertEquals(3, group.path("titles").get(0).path("reports").asLong(), group.toString());
  }
}
