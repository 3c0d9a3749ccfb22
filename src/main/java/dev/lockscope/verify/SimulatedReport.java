package dev.lockscope.verify;

import dev.lockscope.engine.Violation;
import java.util.List;

/**
 * A violation the engine found, the report the kernel would have printed for it, and that text
 * read back by lockscope's own pipeline: the same report objects {@code check} gives.
 */
public record SimulatedReport(Violation violation, String kernelText, List<Verification> checked) {

  public SimulatedReport {
    checked = List.copyOf(checked);
  }
}
