package dev.lockscope.verify;

import dev.lockscope.report.Backtrace;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.ReportingTask;
import dev.lockscope.report.TaskSections;
import java.util.List;
import java.util.function.Function;

/** {@link CommonChecks#taskIdentity} for the single-event kinds, over every dump the report prints. */
final class SameTaskCheck<R extends TaskSections> implements FindingCheck<R> {

  private final Function<R, List<Backtrace>> dumps;

  SameTaskCheck(Function<R, List<Backtrace>> dumps) {
    this.dumps = dumps;
  }

  /** The check on the one dump of the report. */
  static SameTaskCheck<TaskSections> ofTask() {
    return new SameTaskCheck<>(r -> r.backtrace().stream().toList());
  }

  @Override
  public String id() {
    return "task-identity";
  }

  @Override
  public CheckResult check(R report, FindingEvidence evidence) {
    int line = report.task().map(ReportingTask::inputLine).or(() -> report.heldLocks().map(HeldLocks::inputLine)).orElse(0);
    return CommonChecks.taskIdentity(id(), report.task().map(ReportingTask::task), report.heldLocks(), dumps.apply(report), line);
  }
}
