package dev.lockscope.report;

/**
 * The execution context lockdep prints as {@code [HC0[0]:SC1[1]:HE1:SE0]} (spec section 2.9).
 *
 * @param hardirqContext lockdep's hard-irq context counter (HC)
 * @param hardirqCount the preempt-count hard-irq nesting in brackets
 * @param softirqContext lockdep's softirq context counter (SC)
 * @param softirqCount the preempt-count softirq field: bit 0 serving, the rest bh-disable depth
 * @param hardirqsEnabled HE
 * @param softirqsEnabled SE
 */
public record ContextTuple(
    int hardirqContext,
    int hardirqCount,
    int softirqContext,
    int softirqCount,
    boolean hardirqsEnabled,
    boolean softirqsEnabled,
    int inputLine) {

  public boolean inHardirq() {
    return hardirqContext >= 1;
  }

  public boolean inSoftirq() {
    return softirqContext >= 1;
  }

  public boolean servingSoftirq() {
    return (softirqCount & 1) == 1;
  }

  /** The tuple as printed. */
  public String printed() {
    return "[HC%d[%d]:SC%d[%d]:HE%d:SE%d]"
        .formatted(
            hardirqContext,
            hardirqCount,
            softirqContext,
            softirqCount,
            hardirqsEnabled ? 1 : 0,
            softirqsEnabled ? 1 : 0);
  }
}
