package dev.lockscope.report;

import java.util.Optional;

/**
 * A {@code held lock freed!} report (spec section 4.9): memory holding a lock the task still holds
 * is being freed (kfree, lock re-initialisation or destruction).
 *
 * @param task the task named in {@code <comm>/<pid> is freeing memory <from>-<to>, ...}
 * @param range the memory being freed
 * @param lock the held lock inside that memory
 * @param heldLocks all locks the task holds, the freed one among them
 * @param backtrace the stack of the free
 */
public record HeldLockFreed(
    ReportExtent extent,
    Optional<ReportingTask> task,
    Optional<MemoryRange> range,
    Optional<LockLine> lock,
    Optional<HeldLocks> heldLocks,
    Optional<Backtrace> backtrace)
    implements LockdepReport, TaskSections, WithReportedLock {}
