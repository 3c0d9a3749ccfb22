package dev.lockscope.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.engine.EngineConfig;
import dev.lockscope.verify.Simulations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The kernel's own lockdep self-test, {@code lib/locking-selftest.c} of Linux 6.12, ported case by
 * case to traces in {@code src/test/resources/selftest/}. Each trace starts with three header
 * lines: {@code # selftest:} (the case as the self-test prints it and the function or macro that
 * builds it), {@code # expect:} (the kind of the report the kernel prints first, or {@code none}
 * where the self-test expects SUCCESS) and {@code # why:} (lockdep's reason).
 *
 * <p>Why: the self-test is the kernel developers' own list of what lockdep must report and, just as
 * important, what it must let pass (recursive readers, nest locks, trylocks, local_lock). An engine
 * that claims to replay lockdep has to give each of these cases the kernel's verdict. Cases the
 * trace language cannot express faithfully are kept apart in {@code selftest-mismatch/}, each with
 * its explanation, and are not run here.
 */
class SelftestTracesTest {

  private static final Path DIR = Path.of("src/test/resources/selftest");
  private static final List<String> HEADER = List.of("# selftest: ", "# expect: ", "# why: ");
  private static final Set<String> KINDS = Set.of("none", "inconsistent-lock-state", "circular-dependency",
      "recursive-locking", "irq-inversion", "irq-safe-unsafe-order", "invalid-wait-context", "bad-unlock-balance",
      "held-lock-freed", "locks-held-at-exit", "lock-held-returning", "nested-lock-not-taken", "suspicious-rcu",
      "lockdep-capacity");

  static List<Path> traces() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".trace")).sorted().toList();
    }
  }

  private static List<String> header(Path trace) throws IOException {
    return Files.readAllLines(trace, StandardCharsets.UTF_8).stream().limit(HEADER.size()).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("traces")
  void engineGivesTheSelftestsVerdict(Path trace) throws IOException {
    String expected = header(trace).get(1).substring(HEADER.get(1).length()).strip();
    String text = Files.readString(trace, StandardCharsets.UTF_8);
    SimulationResult result = Simulations.run(trace.getFileName().toString(), text, EngineConfig.defaults());
    String actual = result.violations().isEmpty() ? "none" : result.violations().get(0).kindId();
    assertEquals(expected, actual, trace + ": first violation");
  }

  @Test
  void atLeast45CasesEachWithItsHeader() throws IOException {
    List<Path> traces = traces();
    assertTrue(traces.size() >= 45, "only " + traces.size() + " self-test traces");
    for (Path trace : traces) {
      List<String> header = header(trace);
      assertEquals(HEADER.size(), header.size(), trace + " is too short for its header");
      for (int i = 0; i < HEADER.size(); i++) {
        String line = header.get(i);
        assertTrue(line.startsWith(HEADER.get(i)) && !line.substring(HEADER.get(i).length()).isBlank(),
            trace + " line " + (i + 1) + " should be '" + HEADER.get(i).strip() + " ...', not '" + line + "'");
      }
      String expect = header.get(1).substring(HEADER.get(1).length()).strip();
      assertTrue(KINDS.contains(expect), trace + ": unknown kind '" + expect + "'");
    }
  }
}
