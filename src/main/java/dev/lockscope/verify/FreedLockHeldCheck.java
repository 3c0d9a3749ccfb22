package dev.lockscope.verify;

import dev.lockscope.report.HeldLockFreed;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.LockLine;

/**
 * The lock inside the freed memory is in the task's held-locks list (spec section 4.9): lockdep
 * found it by walking that list, so a freed lock missing from it contradicts the report.
 */
final class FreedLockHeldCheck implements FindingCheck<HeldLockFreed> {

  @Override
  public String id() {
    return "freed-lock-held";
  }

  @Override
  public CheckResult check(HeldLockFreed report, FindingEvidence evidence) {
    if (report.lock().isEmpty() || report.heldLocks().filter(HeldLocks::allPrinted).isEmpty()) {
      return CheckResult.unknown(id(), "the freed lock is held", "no lock line or no whole held-locks list");
    }
    LockLine lock = report.lock().get();
    HeldLocks held = report.heldLocks().get();
    String claim = "a lock still held there: " + lock.name();
    boolean listed = held.holds(lock);
    String found =
        listed
            ? lock.name() + " is in the list: " + HeldCountCheck.announced(held)
            : lock.name() + " is not in the list: " + HeldCountCheck.announced(held);
    return CheckResult.of(id(), listed, claim, found, held.inputLine());
  }
}
