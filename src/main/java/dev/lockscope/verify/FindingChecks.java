package dev.lockscope.verify;

import dev.lockscope.report.LockdepReport;
import java.util.List;
import java.util.Optional;

/** Every registry of single-event report checks, one per kind. */
final class FindingChecks {

  static final List<CheckRegistry<?>> REGISTRIES =
      List.of(
          InvalidWaitContextChecks.REGISTRY,
          UnheldLockChecks.BAD_UNLOCK_BALANCE,
          UnheldLockChecks.BAD_CONTENTION,
          HeldLockFreedChecks.REGISTRY,
          LeakedLockChecks.LOCKS_HELD_AT_EXIT,
          LeakedLockChecks.LOCK_HELD_RETURNING,
          NestedLockNotTakenChecks.REGISTRY,
          SuspiciousRcuChecks.REGISTRY,
          ValidatorChecks.LOCKDEP_CAPACITY,
          ValidatorChecks.NON_STATIC_KEY,
          ValidatorChecks.LOCKDEP_INTERNAL,
          ValidatorChecks.HELD_LOCKS_DUMP);

  private FindingChecks() {}

  /** The registry of the report's kind, if it is a single-event kind. */
  static Optional<CheckRegistry<?>> registryFor(LockdepReport report) {
    return REGISTRIES.stream().filter(r -> r.handles(report)).findFirst();
  }
}
