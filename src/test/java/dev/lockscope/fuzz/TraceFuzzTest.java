package dev.lockscope.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lockscope.engine.EngineConfig;
import dev.lockscope.rules.EngineRules;
import dev.lockscope.rules.RulesLoader;
import dev.lockscope.trace.Simulation;
import dev.lockscope.trace.TraceException;
import java.io.ByteArrayInputStream;

/**
 * Fuzz target: any bytes as a trace in the trace language, parsed and run by the engine in the
 * kernel's mode (stop at the first violation) and with {@code --all}. A {@link TraceException} (a
 * trace that cannot be read or run, with its line) is the only acceptable failure.
 *
 * <p>{@code mvn verify} replays the kept inputs under {@code TraceFuzzTestInputs/};
 * {@code src/bench/fuzz.sh} fuzzes.
 */
class TraceFuzzTest {

  private static final EngineRules RULES = RulesLoader.bundled().engine();

  @FuzzTest
  @DictionaryFile(resourcePath = "trace.dict")
  void traces(byte[] input) {
    for (EngineConfig config : new EngineConfig[] {EngineConfig.defaults(), EngineConfig.defaults().withReportAll(true)}) {
      try {
        Simulation.ofTrace("fuzz.trace", new ByteArrayInputStream(input), RULES, config);
      } catch (TraceException expected) {
        // a trace that cannot be read or run: said with its line, which is what the user gets
      }
    }
  }
}
