package dev.lockscope.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.RulesException;
import dev.lockscope.rules.RulesLoader;
import dev.lockscope.engine.EngineConfig;
import dev.lockscope.trace.Simulation;
import dev.lockscope.trace.TraceException;
import dev.lockscope.verify.Pipeline;
import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz target: a rules directory holding one fuzzed file. Loading it must either fail with a
 * {@link RulesException} (one line naming the file) or give rules that then work: reports of many
 * kinds are verified with them without an internal error, and a trace runs or fails with a
 * {@link TraceException}.
 *
 * <p>An input is the file's name on its first line (a name that is not a rules file picks one by
 * its hash) and the file's content after it. {@code mvn verify} replays the kept inputs under
 * {@code RulesFuzzTestInputs/}; {@code src/bench/fuzz.sh} fuzzes.
 */
class RulesFuzzTest {

  private static final List<String> FILES = List.of(
      "primitives.tsv", "contexts.tsv", "pseudo-locks.tsv", "safe-variants.tsv", "fix-hints.tsv",
      "title-skip.tsv", "title-formats.tsv", "wait-types.tsv", "lock-wait-types.tsv", "rcu-messages.tsv",
      "lockdep-limits.tsv", "report-paths.tsv", "stack-bottoms.tsv", "why.tsv", "lock-types.tsv",
      "trace-calls.tsv", "builtin-locks.tsv", "simulated-frames.tsv", "sleep-checks.tsv");

  /** Small real reports of several kinds, verified with every set of rules that loads. */
  private static final byte[] REPORTS = FuzzResources.bytes("rules-probe.log");

  /** A small trace: a softirq-safe lock, an unsafe one and a lockdep map, in process and softirq context. */
  private static final byte[] TRACE = FuzzResources.bytes("rules-probe.trace");

  private static final Path DIRECTORY = FuzzResources.temporaryDirectory("lockscope-rules-fuzz");

  @FuzzTest
  void rulesFiles(byte[] input) throws Exception {
    FuzzFailures.escaping(() -> loadAndUse(input));
  }

  private static void loadAndUse(byte[] input) throws IOException {
    String text = new String(input, StandardCharsets.UTF_8);
    int newline = text.indexOf('\n');
    String name = newline < 0 ? "" : text.substring(0, newline).strip();
    String file = FILES.contains(name) ? name : FILES.get(Math.floorMod(name.hashCode(), FILES.size()));
    try (var stale = Files.list(DIRECTORY)) {
      for (Path old : stale.toList()) {
        Files.delete(old);
      }
    }
    Files.write(DIRECTORY.resolve(file), text.substring(newline + 1).getBytes(StandardCharsets.UTF_8));
    RuleSet rules;
    try {
      rules = RulesLoader.load(Optional.of(DIRECTORY));
    } catch (RulesException rejected) {
      if (!rejected.getMessage().contains(file)) {
        throw new AssertionError("a rejection that does not name the file: " + rejected.getMessage());
      }
      return;
    }
    FuzzFailures.requireNoInternalError(new Pipeline(rules).run("probe", REPORTS));
    try {
      Simulation.ofTrace("probe.trace", new ByteArrayInputStream(TRACE), rules.engine(), EngineConfig.defaults().withReportAll(true));
    } catch (TraceException refused) {
      // the fuzzed rules may well no longer know a call or a lock type of the probe
    }
  }
}
