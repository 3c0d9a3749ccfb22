package dev.lockscope.verify;

import dev.lockscope.report.RcuState;
import dev.lockscope.report.SuspiciousRcu;

/**
 * Lockdep was still on when the RCU report was printed ({@code debug_locks = 1}). After an
 * earlier lockdep report turned it off, held locks are no longer tracked and the report can be a
 * false positive (the kernel says so itself since 5.x): a warning.
 */
final class DebugLocksCheck implements FindingCheck<SuspiciousRcu> {

  @Override
  public String id() {
    return "debug-locks";
  }

  @Override
  public CheckResult check(SuspiciousRcu report, FindingEvidence evidence) {
    if (report.state().isEmpty()) {
      return CheckResult.unknown(id(), "lockdep was on", "no rcu_scheduler_active/debug_locks line");
    }
    RcuState state = report.state().get();
    String claim = "debug_locks = " + (state.debugLocks() ? 1 : 0);
    if (state.debugLocks()) {
      return CheckResult.of(id(), true, claim, "lockdep was on: the held-locks list is current", state.inputLine());
    }
    return new CheckResult(id(), Status.WARN, claim,
        "lockdep was already off: the held-locks list may be stale and the report a false positive", state.inputLine());
  }
}
