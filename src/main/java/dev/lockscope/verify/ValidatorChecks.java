package dev.lockscope.verify;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.HeldLocksDump;
import dev.lockscope.report.LockdepCapacity;
import dev.lockscope.report.LockdepInternal;
import dev.lockscope.report.NonStaticKey;
import java.util.List;

/**
 * The registries of the reports where lockdep makes no locking claim to re-derive: validator
 * limits, non-static keys, internal errors and held-locks dumps. Their checks are structural;
 * the verdict rests on them and on the report being whole.
 */
final class ValidatorChecks {

  static final CheckRegistry<LockdepCapacity> LOCKDEP_CAPACITY =
      new CheckRegistry<>(
          ReportKind.LOCKDEP_CAPACITY,
          LockdepCapacity.class,
          List.of(new KnownLimitCheck(), new LimitExceededCheck(), new ReportingPathCheck(), HeldCountCheck.ofTask()));

  static final CheckRegistry<NonStaticKey> NON_STATIC_KEY =
      new CheckRegistry<>(
          ReportKind.NON_STATIC_KEY, NonStaticKey.class, List.of(new ReportingPathCheck(), new LockCallCheck()));

  static final CheckRegistry<LockdepInternal> LOCKDEP_INTERNAL =
      new CheckRegistry<>(
          ReportKind.LOCKDEP_INTERNAL, LockdepInternal.class, List.of(new ReportingPathCheck(), new WarningTaskCheck()));

  static final CheckRegistry<HeldLocksDump> HELD_LOCKS_DUMP =
      new CheckRegistry<>(
          ReportKind.HELD_LOCKS_DUMP,
          HeldLocksDump.class,
          List.of(new HeldCountCheck<HeldLocksDump>(HeldLocksDump::tasks), new DistinctTasksCheck()));

  private ValidatorChecks() {}
}
