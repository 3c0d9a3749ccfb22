package dev.lockscope.cli;

import dev.lockscope.explain.ExplanationBuilder;
import dev.lockscope.explain.OutputFormat;
import dev.lockscope.explain.Renderer;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.verify.ExitCodes;
import dev.lockscope.verify.Pipeline;
import dev.lockscope.verify.SourceResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** What check and explain share: read the inputs, run the pipeline, render, pick the exit code. */
abstract class ReportCommand implements Callable<Integer> {

  @CommandLine.Mixin InputOptions options;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  abstract boolean withExplanation();

  @Override
  public Integer call() {
    RuleSet rules = options.rules.load();
    Pipeline pipeline = new Pipeline(rules);
    Renderer renderer = Renderer.of(options.format, new ExplanationBuilder(rules), useColor());
    PrintWriter out = spec.commandLine().getOut();
    List<SourceResult> results = new ArrayList<>();
    List<String> inputs = options.files.isEmpty() ? List.of("-") : options.files;
    InputFailures failures = new InputFailures(spec.commandLine().getErr());
    for (String input : inputs) {
      failures.attempt(input, () -> {
        SourceResult result = ReportInput.read(pipeline, input);
        results.add(result);
        out.print(renderer.render(result, withExplanation()));
        StandardOutput.flush(out);
      });
    }
    return failures.exitCode(ExitCodes.of(results));
  }

  private boolean useColor() {
    return switch (options.color) {
      case ALWAYS -> true;
      case NEVER -> false;
      case AUTO -> options.format == OutputFormat.TEXT
          && System.console() != null
          && System.getenv("NO_COLOR") == null;
    };
  }
}
