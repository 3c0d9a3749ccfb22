package dev.lockscope.verify;

import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.HeldLocksDump;
import dev.lockscope.report.TaskRef;
import java.util.HashSet;
import java.util.Set;

/**
 * A held-locks dump lists each task once (spec section 4.16): it walks the task list once, so a
 * task listed twice means two dumps run together or a replayed part: a warning.
 */
final class DistinctTasksCheck implements FindingCheck<HeldLocksDump> {

  @Override
  public String id() {
    return "distinct-tasks";
  }

  @Override
  public CheckResult check(HeldLocksDump report, FindingEvidence evidence) {
    String claim = report.tasks().size() + " tasks hold locks";
    if (report.tasks().isEmpty()) {
      return CheckResult.unknown(id(), claim, report.lockdepOff() ? "lockdep was off: nothing listed" : "no task listed");
    }
    Set<TaskRef> seen = new HashSet<>();
    for (HeldLocks held : report.tasks()) {
      if (held.task().isPresent() && !seen.add(held.task().get())) {
        return new CheckResult(id(), Status.WARN, claim, held.task().get() + " is listed twice", held.inputLine());
      }
    }
    return CheckResult.of(id(), true, claim, "each task is listed once", report.tasks().get(0).inputLine());
  }
}
