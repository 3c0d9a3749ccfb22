package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.cli.CliRun;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash classes an adversarial run found (issue "never crash, never lose a record"), each on
 * the input that triggered it, and the safety net that keeps any other failure from losing a
 * report or exiting as if the report were contradicted.
 */
class CrashRegressionTest {

  private static final String CIRCULAR = SharedFiles.read(SharedFiles.samples().resolve("circular-oracle-abba-mutex.log"));

  @Test
  void aCircularChainCutToItsLastEntryIsRead() {
    int first = CIRCULAR.indexOf("-> #1");
    int last = CIRCULAR.indexOf("-> #0");
    List<Verification> found = Verifications.of(CIRCULAR.substring(0, first) + CIRCULAR.substring(last));
    assertEquals(1, found.size());
    assertFalse(found.get(0).internalError(), found.get(0).checks().toString());
  }

  @Test
  void numbersPastTheirTypeSaturate() {
    Verification subclass = Verifications.single(CIRCULAR.replace("(lds_mutex_a)", "(&pipe->mutex/2147483648)"));
    assertFalse(subclass.internalError());
    String inconsistent = SharedFiles.read(SharedFiles.samples().resolve("ils-oracle-softirq-on-at-bh-enable.log"));
    String huge = "99999999999999999999999";
    Verification counters = Verifications.single(inconsistent
        .replaceFirst("irq event stamp: \\d+", "irq event stamp: " + huge)
        .replaceFirst("hardirqs last  enabled at \\(\\d+\\)", "hardirqs last  enabled at (" + huge + ")"));
    assertFalse(counters.internalError());
  }

  @Test
  void thousandsOfQuoteMarksDoNotExhaustTheStack() {
    String quoted = "WARNING: possible circular locking dependency detected\n" + ">".repeat(5000) + " x\n"
        + CIRCULAR.lines().map(l -> ">".repeat(2000) + " " + l).reduce("", (a, b) -> a + b + "\n");
    List<Verification> found = Verifications.of(quoted);
    assertFalse(found.isEmpty());
  }

  @Test
  void aCheckThatFailsIsUnknownAndMarked() {
    CheckResult result = CheckResult.guarded("boom", () -> {
      throw new IllegalStateException("broken check");
    });
    assertEquals(Status.UNKNOWN, result.status());
    assertTrue(result.internalError());
    assertTrue(result.evidence().contains("broken check"));
  }

  @Test
  void anInternalErrorHasItsOwnExitCode() {
    Verification good = Verifications.single(CIRCULAR);
    Verification failed = good.failed(new IllegalStateException("x"));
    assertEquals(Verdict.INCOMPLETE, failed.verdict());
    assertEquals(ExitCodes.INTERNAL_ERROR, ExitCodes.of(List.of(new SourceResult("a", List.of(failed)))));
    assertEquals(ExitCodes.ALL_CONFIRMED, ExitCodes.of(List.of(new SourceResult("a", List.of(good)))));
  }

  @Test
  void checkGoesOnWithTheNextFile(@TempDir Path temp) throws Exception {
    Path report = temp.resolve("r.log");
    Files.writeString(report, CIRCULAR, StandardCharsets.UTF_8);
    CliRun run = CliRun.of("check", temp.resolve("missing.log").toString(), report.toString());
    assertEquals(ExitCodes.USAGE_OR_IO_ERROR, run.code());
    assertTrue(run.err().contains("missing.log"), run.err());
    assertTrue(run.out().contains("CONFIRMED"), run.out());
  }
}
