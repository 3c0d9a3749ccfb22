package dev.lockscope.report;

import java.util.Optional;

/**
 * A {@code possible recursive locking} report (spec section 4.3): a task already holding a lock of
 * a class acquires a lock of the same class again.
 *
 * @param comparison the value of {@code and the lock comparison function returns N:}, when printed
 * @param nestingHint whether {@code May be due to missing lock nesting notation} was printed
 */
public record RecursiveLocking(
    ReportExtent extent,
    Optional<TaskRef> task,
    Optional<LockLine> next,
    Optional<LockLine> prev,
    Optional<Integer> comparison,
    Optional<Scenario> scenario,
    boolean nestingHint,
    Optional<HeldLocks> heldLocks,
    Optional<Backtrace> backtrace)
    implements LockdepReport {}
