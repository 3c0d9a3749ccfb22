package dev.lockscope.cli;

import dev.lockscope.engine.EngineConfig;
import dev.lockscope.explain.ExplanationBuilder;
import dev.lockscope.explain.OutputFormat;
import dev.lockscope.explain.SimulationRenderer;
import dev.lockscope.ingest.Compression;
import dev.lockscope.ingest.IoErrors;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.trace.Simulation;
import dev.lockscope.trace.SimulationResult;
import dev.lockscope.verify.SimulatedReport;
import dev.lockscope.verify.SimulationCheck;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockscope simulate}: runs lock-acquisition traces through the lockdep engine. */
@Command(
    name = "simulate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Run lockdep over lock-acquisition traces: lockscope's trace language (README, \"Trace language\")"
          + " or the lock:lock_acquire/lock_release events of an ftrace recording.",
      "Prints each violation as the kernel would print it."
    })
final class SimulateCommand implements Callable<Integer> {

  static final int NO_VIOLATION = 0;
  static final int VIOLATION = 1;

  @Parameters(paramLabel = "TRACE", arity = "1..*", description = "Trace files; '-' reads standard input.")
  List<String> traces = new ArrayList<>();

  @Option(names = "--all", description = "Go on after a violation and report every one, each once (the kernel stops at the first).")
  boolean all;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format, one of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(
      names = "--input",
      defaultValue = "auto",
      description = "What TRACE is written in: trace (lockscope's trace language), ftrace (lock events of an ftrace"
          + " recording) or auto (decided from its first lines; default). One of: ${COMPLETION-CANDIDATES}.")
  Simulation.InputKind input;

  @CommandLine.Mixin RulesOption rules;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    RuleSet ruleSet = rules.load();
    EngineConfig config = EngineConfig.defaults().withReportAll(all);
    SimulationCheck check = new SimulationCheck(ruleSet);
    SimulationRenderer renderer = new SimulationRenderer(format, new ExplanationBuilder(ruleSet));
    PrintWriter out = spec.commandLine().getOut();
    boolean[] violation = {false};
    InputFailures failures = new InputFailures(spec.commandLine().getErr());
    for (String trace : traces) {
      failures.attempt(trace, () -> {
        SimulationResult result = simulate(trace, input, ruleSet, config);
        List<SimulatedReport> reports = check.check(result);
        violation[0] |= !reports.isEmpty();
        out.print(renderer.render(result, reports));
        out.flush();
      });
    }
    return failures.exitCode(violation[0] ? VIOLATION : NO_VIOLATION);
  }

  private static SimulationResult simulate(String trace, Simulation.InputKind kind, RuleSet rules, EngineConfig config) {
    String source = trace.equals("-") ? "<stdin>" : trace;
    try (InputStream in = Compression.decompressed(trace.equals("-") ? System.in : Files.newInputStream(Path.of(trace)))) {
      return Simulation.of(source, in, kind, rules.engine(), config);
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + IoErrors.describe(e), e);
    }
  }
}
