package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.engine.EngineConfig;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every violation the engine finds in a sample trace, printed as the kernel would print it, is
 * read back by {@code check} as one report of the same kind, CONFIRMED, with no failed check.
 */
class SimulationRoundTripTest {

  static Stream<Path> traces() {
    return Simulations.sampleTraces().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traces")
  void everyViolationReadsBackConfirmed(Path trace) {
    for (EngineConfig config : new EngineConfig[] {EngineConfig.defaults(), EngineConfig.defaults().withReportAll(true)}) {
      for (SimulatedReport report : Simulations.checked(trace.getFileName().toString(), SharedFiles.read(trace), config)) {
        assertEquals(1, report.checked().size(), report.kernelText());
        Verification v = report.checked().get(0);
        assertEquals(report.violation().kindId(), v.kind());
        assertEquals(Verdict.CONFIRMED, v.verdict(), v.verdictReason() + "\n" + report.kernelText());
        assertTrue(v.checks().stream().noneMatch(c -> c.status() == Status.FAIL), v.checks() + "\n" + report.kernelText());
      }
    }
  }
}
