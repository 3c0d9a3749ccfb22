package dev.lockscope.verify;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.NestedLockNotTaken;
import java.util.List;
import java.util.stream.Stream;

/** The registry of nested-lock-not-taken checks, in the order they are reported. */
final class NestedLockNotTakenChecks {

  static final CheckRegistry<NestedLockNotTaken> REGISTRY =
      new CheckRegistry<>(
          ReportKind.NESTED_LOCK_NOT_TAKEN,
          NestedLockNotTaken.class,
          List.of(
              new NestLockNotHeldCheck(),
              new SiteInBacktraceCheck<NestedLockNotTaken>(r -> r.lock().flatMap(LockLine::acquireSite)),
              new DumpsAgreeCheck(),
              HeldCountCheck.ofTask(),
              new SameTaskCheck<NestedLockNotTaken>(
                  r -> Stream.concat(r.backtrace().stream(), r.heldBacktrace().stream()).toList())));

  private NestedLockNotTakenChecks() {}
}
