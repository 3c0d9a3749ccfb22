package dev.lockscope.verify;

import dev.lockscope.report.LockLine;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.semantics.AcquisitionKind;
import java.util.List;
import java.util.Optional;

/** The registry of recursive-locking checks (spec sections 4.3 and 7), in report order. */
final class RecursiveChecks {

  static final List<Check<RecursiveEvidence>> ALL =
      List.of(
          new SameClassCheck(),
          new RecursionRuleCheck(),
          new ScenarioCheck(),
          SharedChecks.<RecursiveEvidence>heldLockListed(e -> e.report().heldLocks(), e -> e.report().prev()),
          SharedChecks.<RecursiveEvidence>taskIdentity(
              e -> e.report().task(), e -> e.report().backtrace(), e -> e.report().heldLocks()),
          new ClassUsageConsistencyCheck<>(),
          new UsageExclusiveCheck<>());

  private RecursiveChecks() {}

  static List<CheckResult> run(RecursiveEvidence evidence) {
    return ALL.stream().map(c -> CheckResult.guarded(c.id(), () -> c.check(evidence))).toList();
  }

  /** Both locks are of one class: identical name with version and subclass. */
  static final class SameClassCheck implements Check<RecursiveEvidence> {
    @Override
    public String id() {
      return "same-class";
    }

    @Override
    public CheckResult check(RecursiveEvidence e) {
      RecursiveLocking r = e.report();
      if (r.next().isEmpty() || r.prev().isEmpty()) {
        return CheckResult.unknown(id(), "the two locks are of one class", "a lock line is missing");
      }
      LockLine next = r.next().get();
      LockLine prev = r.prev().get();
      String claim = "acquiring " + next.name() + " while holding " + prev.name() + " is recursion";
      boolean same = next.name().equals(prev.name());
      return CheckResult.of(id(), same, claim,
          same ? "the same class" + instances(next, prev) : "different classes are ordered, not recursive", next.inputLine());
    }

    private static String instances(LockLine next, LockLine prev) {
      if (next.address().isEmpty() || prev.address().isEmpty()) {
        return "";
      }
      return next.address().equals(prev.address()) ? ", the same instance" : ", two different instances";
    }
  }

  /**
   * The second acquisition is one lockdep checks and reports: a trylock is never checked, and a
   * recursive reader after a reader is allowed (spec section 7.1).
   */
  static final class RecursionRuleCheck implements Check<RecursiveEvidence> {
    @Override
    public String id() {
      return "recursion-rule";
    }

    @Override
    public CheckResult check(RecursiveEvidence e) {
      String claim = "the second acquisition may deadlock on the first";
      Optional<LockPrimitive> primitive = e.backtraceUse().flatMap(u -> u.primitive());
      if (primitive.isEmpty()) {
        return CheckResult.unknown(id(), claim, "no lock primitive visible in the backtrace");
      }
      int line = e.backtraceUse().get().primitiveFrame().map(f -> f.inputLine()).orElse(0);
      if (primitive.get().trylock()) {
        return CheckResult.of(id(), false, claim, primitive.get().api() + "() is a trylock, which lockdep never checks for recursion", line);
      }
      AcquisitionKind kind = AcquisitionKind.of(e.backtraceUse().get()).orElseThrow();
      if (kind == AcquisitionKind.RECURSIVE_READ) {
        return new CheckResult(id(), Status.WARN, claim,
            primitive.get().api() + "() in interrupt context is a recursive read, allowed after any read hold", line);
      }
      return CheckResult.of(id(), true, claim,
          primitive.get().api() + "() is " + (kind == AcquisitionKind.WRITE ? "an exclusive acquisition" : "a non-recursive read"), line);
    }
  }

  /** CPU0: lock(held), lock(acquired). */
  static final class ScenarioCheck implements Check<RecursiveEvidence> {
    @Override
    public String id() {
      return "scenario";
    }

    @Override
    public CheckResult check(RecursiveEvidence e) {
      RecursiveLocking r = e.report();
      if (r.next().isEmpty() || r.prev().isEmpty()) {
        return CheckResult.unknown(id(), "the unsafe locking scenario", "a lock line is missing");
      }
      return CommonChecks.scenarioNames(id(), r.scenario(), List.of(r.prev().get().name(), r.next().get().name()), List.of(0, 0));
    }
  }

}
