package dev.lockscope.engine;

/** The kinds of interrupt that can arrive on a task's CPU, as the trace language names them. */
public enum Interrupt {
  /** A hard interrupt handler that may be force-threaded (a device irq, irq_work). */
  HARDIRQ("hardirq"),
  /** A hard interrupt handler that never is (hard hrtimer, IRQF_NO_THREAD, per-CPU irqs). */
  HARDIRQ_NOTHREAD("hardirq-nothread"),
  SOFTIRQ("softirq"),
  NMI("nmi");

  private final String contextName;

  Interrupt(String contextName) {
    this.contextName = contextName;
  }

  /** The context's name in {@code simulated-frames.tsv}. */
  public String contextName() {
    return contextName;
  }

  public boolean isHardirq() {
    return this == HARDIRQ || this == HARDIRQ_NOTHREAD;
  }
}
