package dev.lockscope.verify;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.report.LockLine;
import java.util.List;

/** The registry of invalid-wait-context checks, in the order they are reported. */
final class InvalidWaitContextChecks {

  static final CheckRegistry<InvalidWaitContext> REGISTRY =
      new CheckRegistry<>(
          ReportKind.INVALID_WAIT_CONTEXT,
          InvalidWaitContext.class,
          List.of(
              new WaitOrderCheck(),
              new WaitNumberingCheck(),
              new TaskContextCheck(),
              new NotTrylockCheck(),
              new SiteInBacktraceCheck<InvalidWaitContext>(r -> r.lock().flatMap(LockLine::acquireSite)),
              HeldCountCheck.ofTask(),
              SameTaskCheck.ofTask()));

  private InvalidWaitContextChecks() {}
}
