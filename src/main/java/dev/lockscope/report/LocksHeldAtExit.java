package dev.lockscope.report;

import java.util.Optional;

/**
 * A {@code <comm>/<pid> still has locks held!} report (spec section 4.10): the task reached a
 * point where it must hold no lock (exit, exec, freezing, kthread parking) while holding some.
 *
 * @param task the task named in the header
 * @param heldLocks the locks it still holds
 * @param backtrace where it was checked
 */
public record LocksHeldAtExit(
    ReportExtent extent,
    Optional<ReportingTask> task,
    Optional<HeldLocks> heldLocks,
    Optional<Backtrace> backtrace)
    implements LockdepReport, TaskSections {}
