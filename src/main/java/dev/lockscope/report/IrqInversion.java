package dev.lockscope.report;

import java.util.List;
import java.util.Optional;

/**
 * A {@code possible irq lock inversion dependency} report (spec section 4.4): a lock just changed
 * its usage state, and the graph connects it to another lock with the opposite usage.
 *
 * @param changed the lock whose state just changed ("this", the 1st lock)
 * @param forward true for "this lock took another, X-unsafe lock in the past" (this became
 *     X-safe), false for "this lock was taken by another, X-safe lock in the past"
 * @param other the other lock (the 2nd lock)
 * @param path the {@code shortest dependencies between 2nd lock and 1st lock} blocks, deepest first
 * @param dependencyDumps the blocks of both locks' whole dependency trees that kernels before 2.6.31
 *     print instead of a path: no path, but usage strings and traces to cross-check
 */
public record IrqInversion(
    ReportExtent extent,
    Optional<TaskRef> task,
    Optional<LockLine> changed,
    boolean forward,
    Optional<IrqClass> irqClass,
    Optional<LockLine> other,
    Optional<List<LockClassName>> chainExistsOf,
    Optional<Scenario> scenario,
    Optional<HeldLocks> heldLocks,
    List<ClassBlock> path,
    Optional<Backtrace> backtrace,
    List<ClassBlock> dependencyDumps)
    implements LockdepReport {

  public IrqInversion {
    chainExistsOf = chainExistsOf.map(List::copyOf);
    path = List.copyOf(path);
    dependencyDumps = List.copyOf(dependencyDumps);
  }
}
