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
    LineCursor cursor = new LineCursor(located.lines());
    String header = cursor.next().text().trim();
    Matcher named = HEADER_TASK.matcher(header);
    Optional<ReportingTask> task =
        (named.matches() ? TaskRef.parse(named.group(1)) : Optional.<TaskRef>empty())
            .map(t -> new ReportingTask(t, located.headerLine()));
    Optional<String> ident = ReportParser.readIdent(cursor);
    MissingSections missing = new MissingSections();
    Optional<HeldLocks> held = missing.requireHeldList(SectionReader.readHeldLocks(cursor, 2, false));
    Optional<Backtrace> backtrace = dumps.marked(cursor, 3, missing, "stack backtrace");
    dumps.requireOwner(backtrace, task.map(ReportingTask::task), missing, "stack backtrace");
    return new LocksHeldAtExit(
        ReportParser.extent(located, header, ident, cursor, missing.names()), task, held, backtrace);
  }
}
