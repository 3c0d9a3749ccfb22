package dev.lockscope.verify;

import dev.lockscope.report.IrqClass;

import dev.lockscope.report.Backtrace;
import dev.lockscope.report.BitValue;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.UsageBit;
import dev.lockscope.report.HeldLock;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.Scenario;
import dev.lockscope.report.ScenarioStep;
import dev.lockscope.report.TaskRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Rules every report kind shares: task identity, held-lock lists, scenario lines, chains. */
final class CommonChecks {

  private CommonChecks() {}

  /**
   * The task the report names, the task of its held-locks header and the task of each dump's
   * {@code CPU:}/{@code Pid:} line are one task: lockdep prints all of them for the current task
   * (spec section 2.8; heuristic, a mismatch is interleaved output, so it warns).
   */
  static CheckResult taskIdentity(
      String id, Optional<TaskRef> task, Optional<HeldLocks> held, List<Backtrace> dumps, int line) {
    List<String> places = new ArrayList<>();
    List<TaskRef> tasks = new ArrayList<>();
    task.ifPresent(t -> named(places, tasks, "the report names " + t, t));
    held.flatMap(HeldLocks::task).ifPresent(t -> named(places, tasks, "the held locks are of " + t, t));
    dumps.forEach(dump -> dump.task().ifPresent(t -> named(places, tasks, "the backtrace is of " + t, t)));
    if (tasks.size() < 2) {
      return CheckResult.unknown(id, "one task throughout the report", "fewer than two places name the task");
    }
    String claim = tasks.get(0) + " throughout the report";
    boolean one = tasks.stream().allMatch(tasks.get(0)::equals);
    return new CheckResult(id, one ? Status.PASS : Status.WARN, claim, String.join(", ", places.stream().distinct().toList()), line);
  }

  private static void named(List<String> places, List<TaskRef> tasks, String place, TaskRef task) {
    places.add(place);
    tasks.add(task);
  }

  /** The held-locks list announces as many locks as it prints, numbered 0..n-1. */
  static Optional<CheckResult> heldListMalformed(String id, HeldLocks held) {
    String claim = held.count() + (held.count() == 1 ? " lock held" : " locks held");
    List<HeldLock> locks = held.locks();
    if (!locks.isEmpty() && locks.size() != held.count()) {
      return Optional.of(CheckResult.of(id, false, claim, locks.size() + " #i: lines printed", held.inputLine()));
    }
    for (int i = 0; i < locks.size(); i++) {
      if (locks.get(i).index() != i) {
        return Optional.of(CheckResult.of(id, false, claim,
            "entry " + i + " is numbered #" + locks.get(i).index(), locks.get(i).lock().inputLine()));
      }
    }
    return Optional.empty();
  }

  /** A held list must be complete for membership rules to mean anything. */
  static boolean usable(Optional<HeldLocks> held) {
    return held.isPresent() && held.get().complete();
  }

  /** The lock steps of a scenario name the expected classes in order, in the expected columns. */
  static CheckResult scenarioNames(
      String id, Optional<Scenario> scenario, List<LockClassName> expected, List<Integer> cpus) {
    String claim = "the scenario takes " + expected;
    if (scenario.isEmpty()) {
      return CheckResult.unknown(id, claim, "no scenario printed (kernels before 3.0 print none)");
    }
    if (!scenario.get().complete()) {
      return CheckResult.unknown(id, claim, "the scenario is cut");
    }
    List<ScenarioStep> steps = scenario.get().lockSteps();
    List<LockClassName> names = steps.stream().map(s -> s.lock().orElseThrow()).toList();
    List<Integer> columns = steps.stream().map(ScenarioStep::cpu).toList();
    boolean layoutKept = scenario.get().layoutKept();
    boolean holds = names.equals(expected) && (columns.equals(cpus) || !layoutKept);
    String found = !holds ? "the scenario shows " + describe(steps)
        : layoutKept ? "the scenario's lock lines and CPU columns match"
        : "the scenario's lock lines match (its CPU columns were lost with its indentation)";
    return CheckResult.of(id, holds, claim, found, scenario.get().inputLine());
  }

  private static String describe(List<ScenarioStep> steps) {
    return steps.stream().map(s -> "CPU" + s.cpu() + " " + s.action() + "(" + s.lock().orElseThrow() + ")").toList().toString();
  }

  /** The {@code Chain exists of:} line is printed exactly when expected and names these classes. */
  static CheckResult chainExistsOf(
      String id,
      Optional<Scenario> scenario,
      Optional<List<LockClassName>> printed,
      Optional<List<LockClassName>> expected,
      int line) {
    if (scenario.isEmpty() && printed.isEmpty()) {
      return CheckResult.unknown(id, "the Chain exists of: line", "kernels before 3.0 print neither a chain line nor a scenario");
    }
    String claim =
        printed.map(p -> "Chain exists of: " + String.join(" --> ", p.stream().map(LockClassName::printed).toList()))
            .orElse("no Chain exists of: line");
    boolean holds = printed.equals(expected);
    String found =
        expected.map(e -> "lockdep prints the chain " + e + " here").orElse("lockdep prints no chain line here");
    return CheckResult.of(id, holds, claim, found, line);
  }

  /** The held-locks list is well formed and holds {@code lock} (its instance when printed). */
  static CheckResult heldLockListed(String id, Optional<HeldLocks> held, Optional<LockLine> lock) {
    if (!usable(held) || lock.isEmpty()) {
      return CheckResult.unknown(id, "the held-locks list", "the held-locks list or the held lock is missing");
    }
    Optional<CheckResult> malformed = heldListMalformed(id, held.get());
    if (malformed.isPresent()) {
      return malformed.get();
    }
    LockClassName name = lock.get().name();
    boolean holds = held.get().locks().isEmpty() || held.get().holds(lock.get());
    return CheckResult.of(id, holds, "the task holds " + name,
        name + (holds ? " is" : " is not") + " in the held-locks list", held.get().inputLine());
  }

  /** A usage string shows {@code bit} (or cannot tell, in the oldest encoding). */
  static boolean shows(LockLine lock, UsageBit bit) {
    return lock.usage().map(u -> u.covers(bit) && u.value(bit) != BitValue.CLEAR).orElse(true);
  }

  /**
   * Whether one class can be both the irq-safe and the irq-unsafe lock of a report: only as a
   * reader on both sides ({@code X-READ}), with no write usage of that irq state, since readers in
   * irq context and readers with irqs enabled are a legal pair for one class while any write bit
   * with its opposite would have been reported as an inconsistent lock state first.
   */
  static boolean mayBeItsOwnOpposite(LockLine lock, IrqClass irqClass) {
    return irqClass.read()
        && !surelyShows(lock, UsageBit.of(irqClass.state(), true, false))
        && !surelyShows(lock, UsageBit.of(irqClass.state(), false, false));
  }

  /** Whether a usage string positively shows {@code bit}. */
  static boolean surelyShows(LockLine lock, UsageBit bit) {
    return lock.usage().map(u -> u.covers(bit) && u.value(bit) == BitValue.SET).orElse(false);
  }
}
