package dev.lockscope.verify;

import dev.lockscope.report.HeldLock;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.UnheldLock;
import dev.lockscope.report.UnheldLockOperation;
import java.util.Optional;

/**
 * The lock released (or contended) is not in the task's held-locks list (spec sections 4.7 and
 * 4.8): lockdep found no held entry for it. Heuristic: the report prints the instance's map name
 * and the list prints classes, so a held lock of the same name can be another instance.
 */
final class LockNotHeldCheck implements FindingCheck<UnheldLockOperation> {

  @Override
  public String id() {
    return "lock-not-held";
  }

  @Override
  public CheckResult check(UnheldLockOperation report, FindingEvidence evidence) {
    if (report.lock().isEmpty() || report.heldLocks().filter(HeldLocks::allPrinted).isEmpty()) {
      return CheckResult.unknown(id(), "the lock is not held", "no lock line or no whole held-locks list");
    }
    UnheldLock lock = report.lock().get();
    HeldLocks held = report.heldLocks().get();
    String claim = "(%s) is not among the locks held".formatted(lock.name());
    Optional<HeldLock> same =
        held.locks().stream().filter(h -> sameMap(h.lock().name(), lock.name())).findFirst();
    if (same.isPresent()) {
      return new CheckResult(id(), Status.WARN, claim,
          "#%d holds %s: another instance of that class, or the list is stale".formatted(same.get().index(), same.get().lock().name()),
          same.get().lock().inputLine());
    }
    return CheckResult.of(id(), true, claim, HeldCountCheck.announced(held) + ", none of them " + lock.name(), held.inputLine());
  }

  /** Whether a held class is of the map's name: equal without version, subclass and old wrapper. */
  static boolean sameMap(LockClassName held, LockClassName map) {
    return new LockClassName(held.base()).canonical().equals(new LockClassName(map.base()).canonical());
  }
}
