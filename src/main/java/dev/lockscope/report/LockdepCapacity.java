package dev.lockscope.report;

import java.util.Optional;

/**
 * A validator self-limit report (spec section 4.15): {@code BUG: MAX_<table> too low!} or
 * {@code BUG: looking up invalid subclass: <n>}. One of lockdep's fixed tables ran out (or a
 * subclass was out of range) and the validator turned itself off; there is no locking claim.
 *
 * @param limit the exhausted limit: the {@code MAX_...} name, {@code MAX_LOCKDEP_SUBCLASSES} for
 *     an invalid subclass
 * @param subclass the subclass looked up, for an invalid-subclass report
 * @param depth the {@code depth: <n>  max: <m>!} line of a {@code MAX_LOCK_DEPTH} report
 * @param validatorOffLine the input line of {@code turning off the locking correctness validator.}
 * @param heldLocks the current task's locks, printed for {@code MAX_LOCK_DEPTH}
 * @param backtrace the stack where the limit was hit
 */
public record LockdepCapacity(
    ReportExtent extent,
    String limit,
    Optional<Integer> subclass,
    Optional<LockDepth> depth,
    Optional<Integer> validatorOffLine,
    Optional<HeldLocks> heldLocks,
    Optional<Backtrace> backtrace)
    implements LockdepReport, TaskSections {

  /** The report names no task in its own words. */
  @Override
  public Optional<ReportingTask> task() {
    return Optional.empty();
  }
}
