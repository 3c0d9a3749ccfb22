package dev.lockscope.verify;

import dev.lockscope.report.HeldLock;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockLine;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.List;
import java.util.Optional;

/**
 * The held-locks list is well formed and shows the reported lock exactly when the new bit was set
 * by re-enabling interrupts with the lock held (spec sections 2.7 and 4.1).
 */
final class HeldLocksCheck implements Check<InconsistentLockStateEvidence> {

  @Override
  public String id() {
    return "held-locks";
  }

  @Override
  public CheckResult check(InconsistentLockStateEvidence evidence) {
    InconsistentLockState report = evidence.report();
    if (report.heldLocks().isEmpty() || !report.heldLocks().get().complete() || report.lock().isEmpty()) {
      return CheckResult.unknown(id(), "the held-locks list", "the held-locks list is missing or cut");
    }
    HeldLocks held = report.heldLocks().get();
    Optional<CheckResult> malformed = CommonChecks.heldListMalformed(id(), held);
    if (malformed.isPresent()) {
      return malformed.get();
    }
    LockLine lock = report.lock().get();
    String claim = held.count() + (held.count() == 1 ? " lock held" : " locks held");
    List<HeldLock> locks = held.locks();
    boolean enablePath = evidence.newUse().flatMap(TraceAnalysis::enablePath).isPresent();
    boolean holdsLock = held.holds(lock);
    if (enablePath && !holdsLock && !locks.isEmpty()) {
      return CheckResult.of(id(), false, claim,
          lock.name() + " is not listed, yet its bit was set by marking the held locks", held.inputLine());
    }
    String found =
        holdsLock
            ? lock.name() + " is held" + (enablePath ? ", as marking held locks requires" : " already (nested use)")
            : lock.name() + " is not yet held: it is being acquired";
    return CheckResult.of(id(), true, claim, found, held.inputLine());
  }
}
