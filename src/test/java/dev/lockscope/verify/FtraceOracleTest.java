package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.engine.EngineConfig;
import dev.lockscope.trace.Simulation;
import dev.lockscope.trace.SimulationResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real ftrace lock-event recordings of the oracle scenarios ({@code src/test/resources/ftrace},
 * made by {@code src/oracle/record-ftrace.sh} under the oracle's 6.12 kernel): replayed by the
 * engine, each gives the report the kernel printed in the same boot (kind, header, lock classes,
 * usage pair or cycle), except where the recording cannot show what lockdep used; those
 * scenarios are listed with the reason and must fail the way the reason says.
 */
class FtraceOracleTest {

  private static final Path RECORDINGS = Path.of("src/test/resources/ftrace");

  /** Scenarios whose verdict rests on something a lock-event recording does not contain. */
  private static final Map<String, String> BEYOND_THE_RECORDING = Map.of(
      "bad_unlock", "a release of a lock never taken in the recording may be of a lock taken before it started: skipped",
      "held_lock_freed", "kfree() is not a lock event",
      "invalid_wait_spin_in_hardirq", "the events do not give the lock type, so no wait types",
      "invalid_wait_spin_in_raw", "the events do not give the lock type, so no wait types",
      "mutex_in_spinlock", "the events do not give the lock type, so no wait types",
      "nest_lock_not_held", "the events do not give the nest lock",
      "rcu_suspicious", "rcu_dereference() is not a lock event",
      "recursive_nested_ok", "the events do not give the subclass of spin_lock_nested()");

  static Stream<String> scenarios() {
    try (Stream<Path> files = Files.list(RECORDINGS)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".trace.txt.gz"))
          .map(n -> n.substring(0, n.length() - ".trace.txt.gz".length()))
          .sorted()
          .toList()
          .stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void moreThanFiveScenariosAreRecorded() {
    assertTrue(scenarios().filter(s -> !BEYOND_THE_RECORDING.containsKey(s)).count() > 5);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void aRecordingGivesTheReportTheKernelPrinted(String scenario) throws IOException {
    List<Verification> kernel = Verifications.of(unzip(RECORDINGS.resolve(scenario + ".console.log.gz")));
    List<SimulatedReport> simulated = simulate(scenario);
    if (BEYOND_THE_RECORDING.containsKey(scenario)) {
      List<String> kernelKinds = kernel.stream().map(Verification::kind).limit(1).toList();
      List<String> engineKinds = simulated.stream().map(r -> r.violation().kindId()).limit(1).toList();
      assertFalse(kernelKinds.equals(engineKinds), scenario + " now agrees: remove it from the list (" + BEYOND_THE_RECORDING.get(scenario) + ")");
      return;
    }
    if (kernel.isEmpty()) {
      assertTrue(simulated.isEmpty(), simulated.stream().map(r -> r.violation().summary()).toList().toString());
      return;
    }
    assertFalse(simulated.isEmpty(), "the kernel printed " + kernel.get(0).evidence().report().extent().header());
    Verification expected = kernel.get(0);
    Verification actual = simulated.get(0).checked().get(0);
    Simulations.assertSameReport(expected, actual);
  }

  private static List<SimulatedReport> simulate(String scenario) throws IOException {
    Path recording = RECORDINGS.resolve(scenario + ".trace.txt.gz");
    try (InputStream in = new GZIPInputStream(Files.newInputStream(recording))) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      if (text.lines().noneMatch(l -> l.contains(": lock_acquire: ") || l.contains(": lock_release: "))) {
        return List.of();
      }
      SimulationResult result = Simulation.ofFtrace(scenario, new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
          Simulations.RULES.engine(), EngineConfig.defaults());
      return Simulations.checked(result);
    }
  }

  private static String unzip(Path gz) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
