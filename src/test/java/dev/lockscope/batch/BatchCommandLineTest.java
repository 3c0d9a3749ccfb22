package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --out} sends the whole output to a file; a usage error or an output that cannot be
 * written exits 2 with a one-line message and no stack trace.
 */
class BatchCommandLineTest {

  /** The hint picocli's usage errors end with. */

  @TempDir Path temp;

  @Test
  void outWritesTheWholeOutputToTheFileAndNothingToStandardOutput() throws IOException {
    String report = TestLogs.GOOD_REPORT.toString();
    CliRun toStdout = BatchRuns.batch("--format", "jsonl", "--summary", report);
    Path file = temp.resolve("batch.jsonl");
    CliRun toFile = BatchRuns.batch("--format", "jsonl", "--summary", "--out", file.toString(), report);
    assertEquals(toStdout.code(), toFile.code(), toFile.err());
    assertEquals("", toFile.out());
    assertEquals("", toFile.err());
    assertFalse(toStdout.out().isEmpty());
    assertEquals(toStdout.out(), Files.readString(file, StandardCharsets.UTF_8));
  }

  @ParameterizedTest(name = "batch {0}")
  @CsvSource(delimiter = '|', value = {
    "''                      | PATH",
    "--threads 0 x.log       | --threads",
    "--threads -2 x.log      | --threads",
    "--format xml x.log      | xml",
    "--no-such-option x.log  | --no-such-option",
  })
  void usageErrorsExitTwoWithOneLineNamingTheProblem(String args, String named) {
    CliRun run = BatchRuns.batch(args.isBlank() ? new String[0] : args.split(" "));
    assertEquals(2, run.code(), run.err());
    assertEquals("", run.out());
    assertOneMessageLine(run.err().lines().toList(), named);
    assertTrue(run.err().contains("(see 'lockscope batch --help')"), run.err());
  }

  @Test
  void anOutputFileThatCannotBeWrittenExitsTwo() {
    Path out = temp.resolve("no-such-dir/out.jsonl");
    CliRun run = BatchRuns.batch("--out", out.toString(), TestLogs.GOOD_REPORT.toString());
    assertEquals(2, run.code(), run.err());
    assertOneMessageLine(run.err().lines().toList(), out.toString());
  }

  @Test
  void anHtmlPageThatCannotBeWrittenExitsTwo() {
    Path page = temp.resolve("no-such-dir/page.html");
    CliRun run = BatchRuns.batch("--html", page.toString(), TestLogs.GOOD_REPORT.toString());
    assertEquals(2, run.code(), run.err());
    assertOneMessageLine(run.err().lines().toList(), page.toString());
  }

  private static void assertOneMessageLine(List<String> lines, String named) {
    assertEquals(1, lines.size(), "one message line expected: " + lines);
    String message = lines.get(0);
    assertTrue(message.startsWith("lockscope: "), message);
    assertTrue(message.contains(named), message + " should name " + named);
    assertFalse(message.contains("Exception"), message);
  }
}
