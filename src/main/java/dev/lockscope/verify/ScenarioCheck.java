package dev.lockscope.verify;

import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.Scenario;
import dev.lockscope.report.ScenarioStep;
import java.util.List;

/**
 * The scenario is lockdep's fixed one-CPU picture for this kind: {@code lock(C)}, an
 * {@code <Interrupt>}, and {@code lock(C)} again inside it, C being the reported lock.
 */
final class ScenarioCheck implements Check<InconsistentLockStateEvidence> {

  @Override
  public String id() {
    return "scenario";
  }

  @Override
  public CheckResult check(InconsistentLockStateEvidence evidence) {
    InconsistentLockState report = evidence.report();
    if (report.scenario().isEmpty()) {
      return CheckResult.unknown(id(), "the unsafe locking scenario", "no scenario printed (kernels before 3.0 print none)");
    }
    Scenario scenario = report.scenario().get();
    if (!scenario.complete() || report.lock().isEmpty()) {
      return CheckResult.unknown(id(), "the unsafe locking scenario", "the scenario is cut");
    }
    LockClassName lock = report.lock().get().name();
    String claim = "lock(%s); <Interrupt> lock(%s);".formatted(lock, lock);
    List<ScenarioStep> locks = scenario.lockSteps();
    boolean interrupt = scenario.steps().stream().anyMatch(s -> s.action().equals("<Interrupt>"));
    boolean names = locks.size() == 2 && locks.stream().allMatch(s -> s.lock().orElseThrow().equals(lock));
    boolean shape = interrupt && locks.size() == 2 && (nested(locks) || !scenario.layoutKept());
    String found =
        names && shape
            ? "both lock() lines name the reported lock, the second inside <Interrupt>"
                + (scenario.layoutKept() ? "" : " (the indentation that shows it was lost)")
            : "scenario shows " + locks.stream().map(s -> s.action() + "(" + s.lock().orElseThrow() + ")").toList()
                + (interrupt ? " around <Interrupt>" : " and no <Interrupt>");
    return CheckResult.of(id(), names && shape, claim, found, scenario.inputLine());
  }

  /** Whether the second of two lock lines is indented under the {@code <Interrupt>} and the first is not. */
  private static boolean nested(List<ScenarioStep> locks) {
    return !locks.get(0).interrupted() && locks.get(1).interrupted();
  }
}
