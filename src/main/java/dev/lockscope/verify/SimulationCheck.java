package dev.lockscope.verify;

import dev.lockscope.engine.Violation;
import dev.lockscope.engine.print.KernelReportPrinter;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.trace.SimulationResult;
import java.util.List;

/**
 * Prints each violation of a simulation as the kernel would and verifies that text with the same
 * pipeline as {@code check}, so a simulated report is judged like a real one.
 */
public final class SimulationCheck {

  private final KernelReportPrinter printer;
  private final Pipeline pipeline;

  public SimulationCheck(RuleSet rules) {
    this.printer = new KernelReportPrinter(rules.engine());
    this.pipeline = new Pipeline(rules);
  }

  public List<SimulatedReport> check(SimulationResult result) {
    return result.violations().stream().map(v -> check(result.source(), v)).toList();
  }

  public SimulatedReport check(String source, Violation violation) {
    String text = printer.print(violation);
    return new SimulatedReport(violation, text, pipeline.run(source, text).reports());
  }
}
