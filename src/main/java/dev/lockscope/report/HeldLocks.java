package dev.lockscope.report;

import java.util.List;
import java.util.Optional;

/**
 * A held-locks list (spec section 2.7), outermost lock first.
 *
 * @param count the number in "N locks held by", 0 for "no locks held by"
 * @param complete whether the list was printed to its end: as many {@code #i:} lines as announced,
 *     or the report went on after it (a shorter list is then a fact to check, not a cut)
 */
public record HeldLocks(
    Optional<TaskRef> task, int count, List<HeldLock> locks, boolean complete, int inputLine) {

  public HeldLocks {
    locks = List.copyOf(locks);
  }

  /**
   * Whether every announced {@code #i:} line was printed: lockdep prints all of them for the
   * current task, so for a report's own task fewer lines mean a cut text.
   */
  public boolean allPrinted() {
    return locks.size() >= count;
  }

  /** Whether a lock with this class name (and address, when both print one) is held. */
  public boolean holds(LockLine lock) {
    return locks.stream()
        .map(HeldLock::lock)
        .anyMatch(
            held ->
                held.name().equals(lock.name())
                    && (held.address().isEmpty()
                        || lock.address().isEmpty()
                        || held.address().equals(lock.address())));
  }
}
