package dev.lockscope.verify;

import dev.lockscope.report.HeldLock;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.NestLock;
import dev.lockscope.report.NestedLockNotTaken;
import java.util.Optional;

/**
 * The nest lock named by the report is not in the held-locks list (spec section 4.12). Heuristic:
 * lockdep checks the nest lock's instance, the list prints classes, so a held lock of the same
 * name can be another instance (holding the wrong one of several is a real bug too).
 */
final class NestLockNotHeldCheck implements FindingCheck<NestedLockNotTaken> {

  @Override
  public String id() {
    return "nest-lock-not-held";
  }

  @Override
  public CheckResult check(NestedLockNotTaken report, FindingEvidence evidence) {
    if (report.nestLock().isEmpty() || report.heldLocks().filter(HeldLocks::allPrinted).isEmpty()) {
      return CheckResult.unknown(id(), "the nest lock is not held", "no nest lock name or no whole held-locks list");
    }
    NestLock nest = report.nestLock().get();
    String claim = "this task is not holding: " + nest.name();
    Optional<HeldLock> same =
        report.heldLocks().get().locks().stream()
            .filter(h -> LockNotHeldCheck.sameMap(h.lock().name(), new LockClassName(nest.name())))
            .findFirst();
    if (same.isPresent()) {
      return new CheckResult(id(), Status.WARN, claim,
          "#%d holds %s: another instance than the one passed as nest lock?".formatted(same.get().index(), same.get().lock().name()),
          same.get().lock().inputLine());
    }
    return CheckResult.of(id(), true, claim,
        HeldCountCheck.announced(report.heldLocks().get()) + ", none of them " + nest.name(), nest.inputLine());
  }
}
