package dev.lockscope.verify;

import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.TaskSections;

/**
 * A task reported for holding locks where it must hold none (task exit, return to user space)
 * holds at least one (spec sections 4.10 and 4.11): lockdep only reports a non-zero depth.
 */
final class HoldsLocksCheck<R extends LockdepReport & TaskSections> implements FindingCheck<R> {

  @Override
  public String id() {
    return "holds-locks";
  }

  @Override
  public CheckResult check(R report, FindingEvidence evidence) {
    String claim = report.extent().header();
    if (report.heldLocks().isEmpty()) {
      return CheckResult.unknown(id(), claim, "no held-locks list");
    }
    HeldLocks held = report.heldLocks().get();
    return CheckResult.of(id(), held.count() >= 1, claim, HeldCountCheck.announced(held), held.inputLine());
  }
}
