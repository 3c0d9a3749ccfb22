package dev.lockscope.verify;

import dev.lockscope.report.LockdepInternal;
import dev.lockscope.report.TaskRef;
import dev.lockscope.report.WarningLine;
import java.util.Optional;

/**
 * The dump after a lockdep WARN is of the task that warned: the {@code WARNING: CPU: <n> PID: <p>}
 * line and the dump's {@code CPU:} line name the same pid (a mismatch is another CPU's output).
 */
final class WarningTaskCheck implements FindingCheck<LockdepInternal> {

  @Override
  public String id() {
    return "warning-task";
  }

  @Override
  public CheckResult check(LockdepInternal report, FindingEvidence evidence) {
    if (report.warning().isEmpty()) {
      return CheckResult.unknown(id(), report.extent().header(), "no WARNING: CPU: line after the message");
    }
    WarningLine warning = report.warning().get();
    String claim = "WARNING: CPU: %d PID: %d at %s".formatted(warning.cpu(), warning.pid(), warning.location());
    Optional<TaskRef> dumped = report.backtrace().flatMap(b -> b.task());
    if (dumped.isEmpty()) {
      return CheckResult.unknown(id(), claim, "the dump has no CPU: line");
    }
    boolean same = dumped.get().pid() == warning.pid();
    String found = "the dump is of " + dumped.get();
    return same
        ? CheckResult.of(id(), true, claim, found, warning.inputLine())
        : new CheckResult(id(), Status.WARN, claim, found, warning.inputLine());
  }
}
