package dev.lockscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.verify.ExitCodes;
import dev.lockscope.verify.InternalErrors;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@code --debug} on any command: an internal error caught by a safety net prints its stack trace. */
class DebugOptionTest {

  @Test
  void debugPrintsTheStackTraceOfACaughtInternalError() {
    String report = SharedFiles.samples().resolve("lhr-kmemleak-scan-mutex-2009.log").toString();
    Consumer<Throwable> before = InternalErrors.observe(failure -> { });
    PrintStream savedErr = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try {
      for (String[] args : new String[][] {{"check", "--debug", report}, {"--debug", "batch", "-q", report}, {"explain", "--debug", report}}) {
        assertEquals(ExitCodes.ALL_CONFIRMED, CliRun.of(args).code(), String.join(" ", args));
      }
      System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
      InternalErrors.caught(new IllegalStateException("probe failure"));
    } finally {
      System.setErr(savedErr);
      InternalErrors.observe(before);
    }
    String printed = err.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("java.lang.IllegalStateException: probe failure") && printed.contains("\tat "), printed);
  }
}
