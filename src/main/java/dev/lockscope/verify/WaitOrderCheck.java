package dev.lockscope.verify;

import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.WaitTypes;
import dev.lockscope.semantics.WaitContextAnalysis;
import dev.lockscope.semantics.WaitLimit;
import java.util.Optional;

/**
 * The acquired lock's outer wait type exceeds the limit set by the task context and the held
 * locks (spec sections 4.6 and 9): {@code O > min(C, inner of every held lock with inner > 0)}.
 * Lockdep only counts held locks of the current irq context, which can only raise that minimum,
 * so a report whose numbers do not break the limit contradicts itself; so does a lock with inner
 * wait type 0, which lockdep never checks. With the held-locks list cut, an unbroken limit is no
 * evidence.
 */
final class WaitOrderCheck implements FindingCheck<InvalidWaitContext> {

  @Override
  public String id() {
    return "wait-order";
  }

  @Override
  public CheckResult check(InvalidWaitContext report, FindingEvidence evidence) {
    Optional<WaitContextAnalysis> analysis = evidence.waitContext();
    if (analysis.isEmpty()) {
      return CheckResult.unknown(id(), "the lock breaks the wait-type order", "no lock wait types or no context line");
    }
    LockLine lock = report.lock().orElseThrow();
    WaitTypes types = lock.waitTypes().orElseThrow();
    int context = report.context().orElseThrow().value();
    String claim = "(%s)-{%d:%d} taken with context-{%d:%d}".formatted(lock.name(), types.outer(), types.inner(), context, context);
    if (types.inner() == 0) {
      return CheckResult.of(id(), false, claim, "its inner wait type is 0: lockdep never checks such a lock", lock.inputLine());
    }
    WaitLimit limit = analysis.get().limit();
    String setBy =
        limit.heldLock()
            .map(h -> "held (%s)-{..:%d}".formatted(h.lock().name(), limit.value()))
            .orElse("context-{%d:%d}".formatted(context, context));
    boolean broken = types.outer() > limit.value();
    if (!broken && report.heldLocks().filter(HeldLocks::allPrinted).isEmpty()) {
      return CheckResult.unknown(id(), claim, "the held-locks list is cut: a lock it does not show may set a lower limit");
    }
    String found =
        broken
            ? "outer %d > %d, the limit set by %s".formatted(types.outer(), limit.value(), setBy)
            : "outer %d <= %d, the limit set by %s: nothing is violated".formatted(types.outer(), limit.value(), setBy);
    return CheckResult.of(id(), broken, claim, found, lock.inputLine());
  }
}
