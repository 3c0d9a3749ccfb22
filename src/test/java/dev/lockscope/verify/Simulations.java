package dev.lockscope.verify;

import dev.lockscope.SharedFiles;
import dev.lockscope.engine.EngineConfig;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.RulesLoader;
import dev.lockscope.trace.Simulation;
import dev.lockscope.trace.SimulationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Runs traces through the engine and reads the printed reports back, for tests. */
public final class Simulations {

  public static final RuleSet RULES = RulesLoader.bundled();
  private static final SimulationCheck CHECK = new SimulationCheck(RULES);

  private Simulations() {}

  public static SimulationResult run(String source, String trace, EngineConfig config) {
    return Simulation.ofTrace(source, new java.io.ByteArrayInputStream(trace.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        RULES.engine(), config);
  }

  public static List<SimulatedReport> checked(String source, String trace, EngineConfig config) {
    return CHECK.check(run(source, trace, config));
  }

  public static List<SimulatedReport> checked(SimulationResult result) {
    return CHECK.check(result);
  }

  /**
   * Asserts that a simulated report is the one the kernel printed: same kind, header line, lock
   * classes and signature key (which holds the usage pair or the cycle).
   */
  public static void assertSameReport(Verification expected, Verification actual) {
    org.junit.jupiter.api.Assertions.assertEquals(expected.kind(), actual.kind());
    org.junit.jupiter.api.Assertions.assertEquals(
        expected.evidence().report().extent().header(), actual.evidence().report().extent().header());
    org.junit.jupiter.api.Assertions.assertEquals(expected.locks(), actual.locks());
    org.junit.jupiter.api.Assertions.assertEquals(Signatures.key(expected.evidence()), Signatures.key(actual.evidence()));
  }

  /** Every {@code samples/*.trace}. */
  public static List<Path> sampleTraces() {
    try (Stream<Path> files = Files.list(SharedFiles.samples())) {
      return files.filter(p -> p.toString().endsWith(".trace")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
