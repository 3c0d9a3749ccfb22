package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a {@code <comm>/<pid> still has locks held!} report (spec section 4.10). */
final class LocksHeldAtExitParser {

  private static final Pattern HEADER_TASK =
      Pattern.compile("^(?:WARNING: |\\[ BUG: )(.+) still has locks held!(?: \\])?$");

  private LocksHeldAtExitParser() {}

  static LocksHeldAtExit parse(LocatedReport located, Dumps dumps) {
    ReportReading reading = ReportReading.framed(located);
    Matcher named = HEADER_TASK.matcher(reading.header());
    Optional<ReportingTask> task =
        (named.matches() ? TaskRef.parse(named.group(1)) : Optional.<TaskRef>empty())
            .map(t -> new ReportingTask(t, located.headerLine()));
    Optional<HeldLocks> held = reading.heldList(2);
    Optional<Backtrace> backtrace = dumps.marked(reading, 3, "stack backtrace");
    dumps.requireOwner(reading, backtrace, task.map(ReportingTask::task), "stack backtrace");
    return new LocksHeldAtExit(reading.extent(), task, held, backtrace);
  }
}
