package dev.lockscope.verify;

import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.TaskRef;
import java.util.Optional;

/**
 * The task named by the report is the one in the backtrace's {@code CPU:} line and in the
 * held-locks header (spec section 2.8; heuristic).
 */
final class TaskIdentityCheck implements Check<InconsistentLockStateEvidence> {

  @Override
  public String id() {
    return "task-identity";
  }

  @Override
  public CheckResult check(InconsistentLockStateEvidence evidence) {
    InconsistentLockState report = evidence.report();
    if (report.task().isEmpty()) {
      return CheckResult.unknown(id(), "the reporting task", "no task named");
    }
    TaskRef task = report.task().get();
    String claim = task + " set the new bit";
    Optional<TaskRef> dumped = report.backtrace().flatMap(b -> b.task());
    if (dumped.isEmpty()) {
      return CheckResult.unknown(id(), claim, "no CPU:/Pid: line in the backtrace");
    }
    Optional<TaskRef> holder = report.heldLocks().flatMap(h -> h.task());
    boolean sameDump = dumped.get().equals(task);
    boolean sameHolder = holder.map(task::equals).orElse(true);
    int line = report.backtrace().get().inputLine();
    if (sameDump && sameHolder) {
      return new CheckResult(id(), Status.PASS, claim, "the backtrace is of " + dumped.get(), line);
    }
    String found = "the backtrace is of " + dumped.get() + holder.map(h -> ", the held locks of " + h).orElse("");
    return new CheckResult(id(), Status.WARN, claim, found, line);
  }
}
