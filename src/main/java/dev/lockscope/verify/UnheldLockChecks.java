package dev.lockscope.verify;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.UnheldLock;
import dev.lockscope.report.UnheldLockOperation;
import java.util.List;

/**
 * The registries of the bad-unlock-balance and bad-contention checks, in the order they are
 * reported: both kinds operate on a lock the task does not hold and share every rule.
 */
final class UnheldLockChecks {

  static final CheckRegistry<UnheldLockOperation> BAD_UNLOCK_BALANCE = registry(ReportKind.BAD_UNLOCK_BALANCE);
  static final CheckRegistry<UnheldLockOperation> BAD_CONTENTION = registry(ReportKind.BAD_CONTENTION);

  private UnheldLockChecks() {}

  private static CheckRegistry<UnheldLockOperation> registry(ReportKind kind) {
    return new CheckRegistry<>(
        kind,
        UnheldLockOperation.class,
        List.of(
            new LockNotHeldCheck(),
            new SiteInBacktraceCheck<UnheldLockOperation>(r -> r.lock().flatMap(UnheldLock::site)),
            new ReportingPathCheck(),
            HeldCountCheck.ofTask(),
            SameTaskCheck.ofTask()));
  }
}
