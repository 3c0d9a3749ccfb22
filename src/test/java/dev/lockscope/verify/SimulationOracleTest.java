package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.engine.EngineConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario of {@code ../shared/oracle} is a trace in {@code samples/}, and the engine prints
 * what the real 6.12 kernel printed for it: the same kind and header line, the same lock classes,
 * the same usage pair or cycle (lockscope's signature key says all of it), or nothing when the
 * kernel printed nothing. A kernel log may hold a non-lockdep report first (the atomic-sleep BUG
 * of DEBUG_ATOMIC_SLEEP); the comparison is with its first lockdep report.
 */
class SimulationOracleTest {

  static Stream<String> scenarios() {
    return SharedFiles.read(SharedFiles.shared().resolve("oracle/scenarios.tsv")).lines()
        .skip(1)
        .map(line -> line.split("\t")[0]);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theEnginePrintsWhatTheKernelPrinted(String scenario) {
    Path trace = SharedFiles.samples().resolve("oracle-" + scenario.replace('_', '-') + ".trace");
    assertTrue(Files.exists(trace), "no trace for oracle scenario " + scenario + ": " + trace);
    List<Verification> kernel = Verifications.of(SharedFiles.read(SharedFiles.shared().resolve("oracle/logs/" + scenario + ".log")));
    List<SimulatedReport> simulated = Simulations.checked(trace.getFileName().toString(), SharedFiles.read(trace), EngineConfig.defaults());
    if (kernel.isEmpty()) {
      assertTrue(simulated.isEmpty(), "the kernel printed nothing, the engine found " + simulated.stream().map(r -> r.violation().summary()).toList());
      return;
    }
    assertFalse(simulated.isEmpty(), "the kernel printed " + kernel.get(0).evidence().report().extent().header() + ", the engine nothing");
    Verification expected = kernel.get(0);
    Verification actual = simulated.get(0).checked().get(0);
    Simulations.assertSameReport(expected, actual);
    assertEquals(Verdict.CONFIRMED, actual.verdict(), actual.verdictReason());
  }
}
