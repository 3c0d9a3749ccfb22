package dev.lockscope.verify;

import dev.lockscope.report.Backtrace;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.ReportingTask;
import dev.lockscope.report.TaskRef;
import dev.lockscope.report.TaskSections;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The task the report names, the task of its held-locks header and the task of each dump's
 * {@code CPU:}/{@code Pid:} line are one task: lockdep prints all of them for the current task
 * (spec section 2.8; heuristic, a mismatch is interleaved output).
 */
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
    List<String> names = new ArrayList<>();
    List<TaskRef> tasks = new ArrayList<>();
    report.task().map(ReportingTask::task).ifPresent(t -> add(names, tasks, "the report names " + t, t));
    report.heldLocks().flatMap(HeldLocks::task).ifPresent(t -> add(names, tasks, "the held locks are of " + t, t));
    for (Backtrace dump : dumps.apply(report)) {
      dump.task().ifPresent(t -> add(names, tasks, "a dump is of " + t, t));
    }
    if (tasks.size() < 2) {
      return CheckResult.unknown(id(), "one task throughout the report", "fewer than two places name the task");
    }
    TaskRef first = tasks.get(0);
    String claim = first + " throughout the report";
    int line = report.task().map(ReportingTask::inputLine).or(() -> report.heldLocks().map(HeldLocks::inputLine)).orElse(0);
    Optional<TaskRef> other = tasks.stream().filter(t -> !t.equals(first)).findFirst();
    if (other.isEmpty()) {
      return CheckResult.of(id(), true, claim, String.join(", ", names.stream().distinct().toList()), line);
    }
    return new CheckResult(id(), Status.WARN, claim, String.join(", ", names.stream().distinct().toList()), line);
  }

  private static void add(List<String> names, List<TaskRef> tasks, String name, TaskRef task) {
    names.add(name);
    tasks.add(task);
  }
}
