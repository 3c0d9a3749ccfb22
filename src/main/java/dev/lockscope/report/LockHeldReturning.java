package dev.lockscope.report;

import java.util.Optional;

/**
 * A {@code lock held when returning to user space!} report (spec section 4.11): a system call
 * returned with locks held. Lockdep prints no stack for it; the {@code at:} sites of the held
 * locks are the only pointer to the culprit.
 *
 * @param task the task named in {@code <comm>/<pid> is leaving the kernel with locks still held!}
 * @param heldLocks the locks it leaves the kernel with
 */
public record LockHeldReturning(
    ReportExtent extent, Optional<ReportingTask> task, Optional<HeldLocks> heldLocks)
    implements LockdepReport, TaskSections {

  /** Lockdep prints no stack for this kind. */
  @Override
  public Optional<Backtrace> backtrace() {
    return Optional.empty();
  }
}
