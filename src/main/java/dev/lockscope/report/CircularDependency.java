package dev.lockscope.report;

import java.util.List;
import java.util.Optional;

/**
 * A {@code possible circular locking dependency} report (spec section 4.2): acquiring {@code next}
 * while holding {@code prev} closes a cycle with the existing chain {@code next -> ... -> prev}.
 *
 * @param next the lock being acquired (L0)
 * @param prev the lock already held (LK)
 * @param chain the {@code -> #K .. -> #0} entries in printed order
 * @param chainExistsOf the names of the {@code Chain exists of:} line, printed when K >= 2
 */
public record CircularDependency(
    ReportExtent extent,
    Optional<TaskRef> task,
    Optional<LockLine> next,
    Optional<LockLine> prev,
    List<ChainEntry> chain,
    Optional<List<LockClassName>> chainExistsOf,
    int chainExistsLine,
    Optional<Scenario> scenario,
    Optional<HeldLocks> heldLocks,
    Optional<Backtrace> backtrace)
    implements LockdepReport {

  public CircularDependency {
    chain = List.copyOf(chain);
    chainExistsOf = chainExistsOf.map(List::copyOf);
  }
}
