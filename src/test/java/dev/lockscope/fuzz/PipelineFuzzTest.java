package dev.lockscope.fuzz;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lockscope.explain.ExplanationBuilder;
import dev.lockscope.explain.OutputFormat;
import dev.lockscope.explain.Renderer;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.RulesLoader;
import dev.lockscope.verify.Pipeline;
import dev.lockscope.verify.SourceResult;

/**
 * Fuzz target: any bytes through the locator, the parsers, the verifier and every renderer (with
 * explanations), as {@code lockscope explain} runs them. Nothing may throw, and no check nor report
 * may come out as an internal error: the safety net that turns a failure into UNKNOWN is for the
 * user, never an excuse for the failure.
 *
 * <p>{@code mvn verify} replays the kept inputs under {@code PipelineFuzzTestInputs/} (seeds and
 * every finding); {@code src/bench/fuzz.sh} fuzzes.
 */
class PipelineFuzzTest {

  private static final RuleSet RULES = RulesLoader.bundled();
  private static final Pipeline PIPELINE = new Pipeline(RULES);
  private static final ExplanationBuilder EXPLAINER = new ExplanationBuilder(RULES);

  @FuzzTest
  @DictionaryFile(resourcePath = "lockdep.dict")
  void reports(byte[] input) throws Exception {
    FuzzFailures.escaping(() -> {
      SourceResult result = PIPELINE.run("fuzz", input);
      FuzzFailures.requireNoInternalError(result);
      for (OutputFormat format : OutputFormat.values()) {
        Renderer.of(format, EXPLAINER, false).render(result, true);
      }
    });
  }
}
