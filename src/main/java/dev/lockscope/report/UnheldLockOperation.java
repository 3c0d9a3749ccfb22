package dev.lockscope.report;

import java.util.Optional;

/**
 * A report about an operation on a lock the task does not hold: {@code bad unlock balance
 * detected!} (a release, spec section 4.7) or {@code bad contention detected!} (a lock-statistics
 * contention event, section 4.8). Both print the same sections; the kind tells which operation.
 *
 * @param task the task named in {@code <comm>/<pid> is trying to release|contend lock}
 * @param lock the lock's map name and the site of the release or contention
 * @param heldLocks what the task does hold
 * @param backtrace the stack of the operation
 */
public record UnheldLockOperation(
    ReportExtent extent,
    Optional<ReportingTask> task,
    Optional<UnheldLock> lock,
    Optional<HeldLocks> heldLocks,
    Optional<Backtrace> backtrace)
    implements LockdepReport, TaskSections {}
