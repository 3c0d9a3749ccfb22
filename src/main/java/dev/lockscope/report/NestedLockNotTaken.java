package dev.lockscope.report;

import java.util.Optional;

/**
 * A {@code Nested lock was not taken} report (spec section 4.12): a lock was acquired with a
 * nest_lock annotation ({@code mutex_lock_nest_lock}, {@code spin_lock_nest_lock}, a ww_mutex
 * context) while that nest lock was not held. Lockdep dumps the stack twice: right after naming
 * the nest lock and after the held-locks list.
 *
 * @param task the task named in {@code <comm>/<pid> is trying to lock:}
 * @param lock the lock being acquired
 * @param nestLock the nest lock named under {@code but this task is not holding:}
 * @param backtrace the first stack dump
 * @param heldLocks what the task holds
 * @param heldBacktrace the second stack dump, after the held-locks list
 */
public record NestedLockNotTaken(
    ReportExtent extent,
    Optional<ReportingTask> task,
    Optional<LockLine> lock,
    Optional<NestLock> nestLock,
    Optional<Backtrace> backtrace,
    Optional<HeldLocks> heldLocks,
    Optional<Backtrace> heldBacktrace)
    implements LockdepReport, TaskSections, WithReportedLock {}
