package dev.lockscope.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.engine.EngineConfig;
import dev.lockscope.engine.ViolationKey;
import dev.lockscope.replay.ReplayOutcome;
import dev.lockscope.verify.SimulatedReport;
import dev.lockscope.verify.Simulations;
import dev.lockscope.verify.Status;
import dev.lockscope.verify.Verdict;
import dev.lockscope.verify.Verification;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip as a property over random traces ({@link RandomTraces}, one per seed): every
 * violation the engine finds, printed as the kernel would print it, reads back through
 * {@code check} as one report of the same kind, CONFIRMED, with no failed check; in the kernel's
 * mode (stop at the first) and with every violation reported. A report that comes after others in
 * one run (which a kernel never prints: lockdep stops at its first) may describe facts that make
 * a fresh lockdep stop earlier; its replay must then find one of those earlier violations.
 */
class EngineRoundTripTest {

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everySimulatedReportReadsBackConfirmed(long seed) {
    String trace = RandomTraces.generate(seed);
    for (EngineConfig config : new EngineConfig[] {EngineConfig.defaults(), EngineConfig.defaults().withReportAll(true)}) {
      Set<ViolationKey> earlier = new HashSet<>();
      for (SimulatedReport report : Simulations.checked("random", trace, config)) {
        String context = "seed " + seed + "\n" + trace + "\n" + report.kernelText();
        assertEquals(1, report.checked().size(), context);
        Verification v = report.checked().get(0);
        assertEquals(report.violation().kindId(), v.kind(), context);
        if (cascade(v, earlier)) {
          assertTrue(v.checks().stream().noneMatch(c -> c.status() == Status.FAIL && !c.id().equals("engine-replay")), v.checks() + "\n" + context);
        } else {
          assertEquals(Verdict.CONFIRMED, v.verdict(), v.verdictReason() + "\n" + context);
          assertTrue(v.checks().stream().noneMatch(c -> c.status() == Status.FAIL), v.checks() + "\n" + context);
        }
        earlier.add(ViolationKey.of(report.violation()));
      }
    }
  }

  /** Whether the report's replay does not reproduce it but stops at a violation the run reported before it. */
  private static boolean cascade(Verification v, Set<ViolationKey> earlier) {
    return v.replay().filter(ReplayOutcome.Different.class::isInstance).map(ReplayOutcome.Different.class::cast)
        .map(different -> different.found().stream().map(ViolationKey::of).anyMatch(earlier::contains))
        .orElse(false);
  }
}
