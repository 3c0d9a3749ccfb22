package dev.lockscope.semantics;

import dev.lockscope.report.Frame;
import dev.lockscope.report.StackTrace;
import dev.lockscope.rules.LockPrimitive;
import java.util.List;
import java.util.Optional;

/**
 * What a stack trace says about one lock acquisition.
 *
 * @param primitive the lock primitive with the strongest irq effect among the frames around
 *     {@code lock_acquire} (an inlined {@code spin_lock} and its {@code _raw_spin_lock_bh} body
 *     count together)
 * @param calledApi the outermost primitive: what the kernel code calls
 * @param enablePath the outermost frame of the path re-enabling irqs or bottom halves (such as
 *     {@code _raw_spin_unlock_irq}), when the bit was set by marking held locks instead of by an
 *     acquisition
 * @param callers the frames from the code that took the lock outward, lockdep and primitive
 *     frames left out
 * @param context the context the acquiring code runs in
 * @param contextEntry the frame that decided the context
 * @param handler the first softirq or irq handler frame seen on the way out (an RCU callback, a
 *     timer callback), with its label
 * @param complete whether the trace reached a context entry or ended normally, so that the
 *     absence of a frame is evidence
 * @param interruptedSoftirq for hard-interrupt context: the interrupt arrived while softirqs were
 *     being served (their entry frames lie further out), so lockdep's softirq context is set too
 */
public record TraceAnalysis(
    StackTrace trace,
    Optional<LockPrimitive> primitive,
    Optional<LockPrimitive> calledApi,
    Optional<Frame> primitiveFrame,
    Optional<Frame> enablePath,
    List<Frame> callers,
    ExecutionContext context,
    Optional<Frame> contextEntry,
    Optional<String> contextLabel,
    Optional<Frame> handler,
    Optional<String> handlerLabel,
    boolean complete,
    boolean interruptedSoftirq) {

  public TraceAnalysis {
    callers = List.copyOf(callers);
  }

  /** The function that took the lock: the first frame after the primitive. */
  public Optional<Frame> acquirer() {
    return callers.isEmpty() ? Optional.empty() : Optional.of(callers.get(0));
  }
}
