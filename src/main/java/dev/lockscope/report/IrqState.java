package dev.lockscope.report;

/** The irq-like states lockdep tracks usage for (spec section 3). */
public enum IrqState {
  HARDIRQ("hardirq", "hard interrupt"),
  SOFTIRQ("softirq", "softirq"),
  RECLAIM_FS("fs-reclaim", "filesystem reclaim");

  private final String shortName;
  private final String description;

  IrqState(String shortName, String description) {
    this.shortName = shortName;
    this.description = description;
  }

  public String shortName() {
    return shortName;
  }

  /** How a person names the context: "hard interrupt", "softirq", "filesystem reclaim". */
  public String description() {
    return description;
  }
}
