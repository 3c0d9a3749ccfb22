package dev.lockscope.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockscope.SharedFiles;
import dev.lockscope.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Runs of {@code lockscope batch} in-process (no progress bar), and reading their JSONL records. */
final class BatchRuns {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchRuns() {}

  /** The shared corpus directory. */
  static Path corpus() {
    return SharedFiles.shared().resolve("corpus");
  }

  /** {@code lockscope batch -q ARGS}. */
  static CliRun batch(String... args) {
    return CliRun.of(batchArgs(args));
  }

  /** {@code lockscope batch -q ARGS} with {@code stdin} as standard input. */
  static CliRun batchWithStdin(String stdin, String... args) {
    return CliRun.withStdin(stdin, batchArgs(args));
  }

  private static String[] batchArgs(String... args) {
    return Stream.concat(Stream.of("batch", "-q"), Stream.of(args)).toArray(String[]::new);
  }

  /** {@code lockscope batch -q --format jsonl ARGS}, parsed; fails unless the exit code is {@code expectedCode}. */
  static List<JsonNode> jsonl(int expectedCode, String... args) {
    String[] all = Stream.concat(Stream.of("--format", "jsonl"), Stream.of(args)).toArray(String[]::new);
    CliRun run = batch(all);
    if (run.code() != expectedCode) {
      throw new AssertionError("batch " + String.join(" ", all) + " exited " + run.code() + ", not " + expectedCode
          + "\nstderr: " + run.err());
    }
    return records(run.out());
  }

  /** Every line of a JSONL output, parsed. */
  static List<JsonNode> records(String jsonl) {
    return jsonl.lines().map(BatchRuns::parse).toList();
  }

  static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new AssertionError("not a JSON line: " + line, e);
    }
  }

  static boolean isReport(JsonNode record) {
    return record.has("index");
  }

  static boolean isNone(JsonNode record) {
    return record.path("kind").asText().equals("none");
  }

  static boolean isError(JsonNode record) {
    return record.has("error");
  }

  static List<JsonNode> reports(List<JsonNode> records) {
    return records.stream().filter(BatchRuns::isReport).toList();
  }

  /** The records of one source, in output order. */
  static List<JsonNode> of(String source, List<JsonNode> records) {
    return records.stream().filter(r -> r.path("source").asText().equals(source)).toList();
  }

  /** The only record of {@code source}. */
  static JsonNode onlyRecordOf(String source, List<JsonNode> records) {
    List<JsonNode> mine = of(source, records);
    if (mine.size() != 1) {
      throw new AssertionError("expected one record for " + source + ", got " + mine);
    }
    return mine.get(0);
  }

  /** The verdict of the only record of {@code source}. */
  static String verdictOf(String source, List<JsonNode> records) {
    return onlyRecordOf(source, records).path("verdict").asText();
  }

  /** The record without the fields that name where it came from. */
  static ObjectNode withoutSource(JsonNode record) {
    ObjectNode copy = record.deepCopy();
    copy.remove("source");
    copy.remove("index");
    return copy;
  }

  /** The sources of the records in output order, each run of equal sources counted once. */
  static List<String> sourceRuns(List<String> sources) {
    List<String> runs = new ArrayList<>();
    for (String source : sources) {
      if (runs.isEmpty() || !runs.get(runs.size() - 1).equals(source)) {
        runs.add(source);
      }
    }
    return runs;
  }

  static List<String> sources(List<JsonNode> records) {
    return records.stream().map(r -> r.path("source").asText()).toList();
  }

  /**
   * The files under {@code directory} in the documented walk order, named as the batch names them:
   * entries sorted by name, a directory's files in its place; symbolic links are files.
   */
  static List<String> walkOrder(Path directory) {
    List<String> files = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList()) {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          files.addAll(walkOrder(entry));
        } else {
          files.add(entry.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
