package dev.lockscope.engine;

/**
 * The context a report prints as {@code [HC<a>[<b>]:SC<c>[<d>]:HE<e>:SE<f>]}: lockdep's hardirq
 * context, the preempt count's hardirq field, the task's softirq context, the preempt count's
 * softirq field, and whether hard irqs and softirqs are enabled.
 */
public record ContextTuple(
    int hardirqContext, int hardirqCount, int softirqContext, int softirqCount, boolean hardirqsEnabled, boolean softirqsEnabled) {

  public String printed() {
    return "[HC%d[%d]:SC%d[%d]:HE%d:SE%d]".formatted(
        hardirqContext, hardirqCount, softirqContext, softirqCount, hardirqsEnabled ? 1 : 0, softirqsEnabled ? 1 : 0);
  }
}
