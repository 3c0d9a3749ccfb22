package dev.lockscope.verify;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.HeldLockFreed;
import java.util.List;

/** The registry of held-lock-freed checks, in the order they are reported. */
final class HeldLockFreedChecks {

  static final CheckRegistry<HeldLockFreed> REGISTRY =
      new CheckRegistry<>(
          ReportKind.HELD_LOCK_FREED,
          HeldLockFreed.class,
          List.of(
              new FreedLockHeldCheck(),
              new FreedRangeCheck(),
              new ReportingPathCheck(),
              HeldCountCheck.ofTask(),
              SameTaskCheck.ofTask()));

  private HeldLockFreedChecks() {}
}
