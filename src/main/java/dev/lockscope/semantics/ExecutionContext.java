package dev.lockscope.semantics;

import dev.lockscope.report.IrqState;
import java.util.Optional;

/** Where code runs, as far as lockdep's usage bits are concerned. */
public enum ExecutionContext {
  PROCESS("process context"),
  SOFTIRQ("softirq context"),
  HARDIRQ("hard-interrupt context"),
  NMI("NMI context"),
  UNKNOWN("unknown context");

  private final String description;

  ExecutionContext(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }

  /** The context in which code sets the IN bits of {@code state}. */
  public static Optional<ExecutionContext> of(IrqState state) {
    return switch (state) {
      case HARDIRQ -> Optional.of(HARDIRQ);
      case SOFTIRQ -> Optional.of(SOFTIRQ);
      case RECLAIM_FS -> Optional.empty();
    };
  }
}
