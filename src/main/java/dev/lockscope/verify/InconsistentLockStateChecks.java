package dev.lockscope.verify;

import java.util.List;

/** The registry of inconsistent-lock-state checks, in the order they are reported. */
final class InconsistentLockStateChecks {

  static final List<Check<InconsistentLockStateEvidence>> ALL =
      List.of(
          new UsagePairCheck(),
          new UsageStringCheck(),
          new OldBitChoiceCheck(),
          new ContextTupleCheck(),
          new TupleConsistencyCheck(),
          new UseContextCheck("registered-trace-context", UseCheck.Use.REGISTERED),
          new UsePrimitiveCheck("registered-trace-primitive", UseCheck.Use.REGISTERED),
          new UseContextCheck("backtrace-context", UseCheck.Use.BACKTRACE),
          new UsePrimitiveCheck("backtrace-primitive", UseCheck.Use.BACKTRACE),
          new ScenarioCheck(),
          new HeldLocksCheck(),
          SharedChecks.<InconsistentLockStateEvidence>taskIdentity(
              e -> e.report().task(), e -> e.report().backtrace(), e -> e.report().heldLocks()),
          new IrqEventsCheck(),
          new ClassUsageConsistencyCheck<>(),
          new UsageExclusiveCheck<>(),
          new PrintedNamesChecks.RegisteredStateCheck());

  private InconsistentLockStateChecks() {}

  static List<CheckResult> run(InconsistentLockStateEvidence evidence) {
    return ALL.stream().map(c -> CheckResult.guarded(c.id(), () -> c.check(evidence))).toList();
  }

}
