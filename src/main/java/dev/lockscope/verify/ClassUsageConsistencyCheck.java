package dev.lockscope.verify;

import dev.lockscope.report.HeldLock;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockLine;

/**
 * Every printed line of the reported class shows the same usage string (spec section 2.3;
 * heuristic: another CPU may add a bit while the report prints).
 */
final class ClassUsageConsistencyCheck implements Check<InconsistentLockStateEvidence> {

  @Override
  public String id() {
    return "class-usage-consistent";
  }

  @Override
  public CheckResult check(InconsistentLockStateEvidence evidence) {
    InconsistentLockState report = evidence.report();
    if (report.lock().isEmpty() || report.heldLocks().isEmpty()) {
      return CheckResult.unknown(id(), "one usage string per class", "nothing to compare");
    }
    LockLine lock = report.lock().get();
    String claim = "(" + lock.name() + ") prints one usage string";
    for (HeldLock held : report.heldLocks().get().locks()) {
      LockLine other = held.lock();
      if (other.name().equals(lock.name()) && !other.usage().equals(lock.usage())) {
        return new CheckResult(id(), Status.WARN, claim,
            "held #%d shows {%s}".formatted(held.index(), other.usage().map(u -> u.raw()).orElse("")),
            other.inputLine());
      }
    }
    return new CheckResult(id(), Status.PASS, claim, "no other line of this class disagrees", lock.inputLine());
  }
}
