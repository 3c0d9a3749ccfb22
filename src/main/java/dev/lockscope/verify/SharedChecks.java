package dev.lockscope.verify;

import dev.lockscope.report.Backtrace;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.Scenario;
import dev.lockscope.report.TaskRef;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Checks several report kinds share, as one class each, told by accessor functions where to find
 * their evidence in a kind's evidence record.
 */
final class SharedChecks {

  private SharedChecks() {}

  /** The reporting task is the one the backtrace dumps and the one holding the listed locks. */
  static <E> Check<E> taskIdentity(
      Function<E, Optional<TaskRef>> task,
      Function<E, Optional<Backtrace>> backtrace,
      Function<E, Optional<HeldLocks>> held) {
    return new Named<>("task-identity", e -> CommonChecks.taskIdentity("task-identity", task.apply(e), held.apply(e),
        backtrace.apply(e).stream().toList(), backtrace.apply(e).map(Backtrace::inputLine).orElse(0)));
  }

  /** The held-locks list is well formed and holds the given lock. */
  static <E> Check<E> heldLockListed(Function<E, Optional<HeldLocks>> held, Function<E, Optional<LockLine>> lock) {
    return new Named<>("held-locks", e -> CommonChecks.heldLockListed("held-locks", held.apply(e), lock.apply(e)));
  }

  /** The irq scenario shows the roles: CPU0 takes unsafe, CPU1 safe then middle, CPU0's irq safe. */
  static <E> Check<E> irqScenario(Function<E, Optional<IrqRoles>> roles, Function<E, Optional<Scenario>> scenario) {
    return new Named<>("scenario", e -> roles.apply(e)
        .map(r -> CommonChecks.scenarioNames("scenario", scenario.apply(e), r.scenarioLocks(), IrqRoles.SCENARIO_CPUS))
        .orElseGet(() -> CheckResult.unknown("scenario", "the interrupt scenario", "the irq class or a lock is missing")));
  }

  /** The {@code Chain exists of:} line is printed exactly when the roles' middle lock asks for it. */
  static <E> Check<E> irqChain(
      Function<E, Optional<IrqRoles>> roles,
      Function<E, Optional<Scenario>> scenario,
      Function<E, Optional<List<LockClassName>>> printed) {
    return new Named<>("chain-exists-of", e -> roles.apply(e)
        .map(r -> CommonChecks.chainExistsOf("chain-exists-of", scenario.apply(e), printed.apply(e), r.chain(),
            scenario.apply(e).map(Scenario::inputLine).orElse(0)))
        .orElseGet(() -> CheckResult.unknown("chain-exists-of", "the Chain exists of: line", "the irq class or a lock is missing")));
  }

  /** A check given by its id and a function. */
  private record Named<E>(String id, Function<E, CheckResult> rule) implements Check<E> {
    @Override
    public CheckResult check(E evidence) {
      return rule.apply(evidence);
    }
  }
}
