package dev.lockscope.verify;

import java.util.List;

/** The registry of inconsistent-lock-state checks, in the order they are reported. */
final class InconsistentLockStateChecks {

  static final List<InconsistentLockStateCheck> ALL =
      List.of(
          new UsagePairCheck(),
          new UsageStringCheck(),
          new OldBitChoiceCheck(),
          new ContextTupleCheck(),
          new TupleConsistencyCheck(),
          new UseContextCheck(
              "registered-trace-context",
              "registering trace",
              e -> e.report().oldBit(),
              InconsistentLockStateEvidence::oldUse),
          new UsePrimitiveCheck(
              "registered-trace-primitive",
              "registering trace",
              e -> e.report().oldBit(),
              InconsistentLockStateEvidence::oldUse),
          new UseContextCheck(
              "backtrace-context",
              "backtrace",
              e -> e.report().newBit(),
              InconsistentLockStateEvidence::newUse),
          new UsePrimitiveCheck(
              "backtrace-primitive",
              "backtrace",
              e -> e.report().newBit(),
              InconsistentLockStateEvidence::newUse),
          new ScenarioCheck(),
          new HeldLocksCheck(),
          new TaskIdentityCheck(),
          new IrqEventsCheck(),
          new ClassUsageConsistencyCheck());

  private InconsistentLockStateChecks() {}

  static List<CheckResult> run(InconsistentLockStateEvidence evidence) {
    return ALL.stream().map(check -> check.check(evidence)).toList();
  }

}
