package dev.lockscope.report;

import java.util.Optional;

/**
 * An {@code [ BUG: Invalid wait context ]} report (spec section 4.6): the task tried to take a lock
 * whose wait type is stricter than what its context and its held locks allow, such as a mutex
 * under a spinlock.
 *
 * @param task the task named in {@code <comm>/<pid> is trying to lock:}
 * @param lock the lock being acquired, with its {@code -{O:I}} wait types
 * @param context the task's wait context from {@code context-{C:C}}
 * @param heldLocks the locks the task holds
 * @param backtrace the stack of the acquisition
 */
public record InvalidWaitContext(
    ReportExtent extent,
    Optional<ReportingTask> task,
    Optional<LockLine> lock,
    Optional<TaskWaitContext> context,
    Optional<HeldLocks> heldLocks,
    Optional<Backtrace> backtrace)
    implements LockdepReport, TaskSections, WithReportedLock {}
