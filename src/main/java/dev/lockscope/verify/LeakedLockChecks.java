package dev.lockscope.verify;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.LockHeldReturning;
import dev.lockscope.report.LocksHeldAtExit;
import java.util.List;

/**
 * The registries of the locks-held-at-exit and lock-held-returning checks, in the order they are
 * reported: a task holds locks where it must hold none.
 */
final class LeakedLockChecks {

  static final CheckRegistry<LocksHeldAtExit> LOCKS_HELD_AT_EXIT =
      new CheckRegistry<>(
          ReportKind.LOCKS_HELD_AT_EXIT,
          LocksHeldAtExit.class,
          List.of(new HoldsLocksCheck<>(), new ReportingPathCheck(), HeldCountCheck.ofTask(), SameTaskCheck.ofTask()));

  static final CheckRegistry<LockHeldReturning> LOCK_HELD_RETURNING =
      new CheckRegistry<>(
          ReportKind.LOCK_HELD_RETURNING,
          LockHeldReturning.class,
          List.of(new HoldsLocksCheck<>(), HeldCountCheck.ofTask(), SameTaskCheck.ofTask()));

  private LeakedLockChecks() {}
}
