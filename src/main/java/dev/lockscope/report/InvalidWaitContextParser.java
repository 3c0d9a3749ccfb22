package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses an {@code [ BUG: Invalid wait context ]} report (spec section 4.6). */
final class InvalidWaitContextParser {

  private static final Pattern TRYING = Pattern.compile("^(.+) is trying to lock:$");
  private static final Pattern CONTEXT = Pattern.compile("^context-\\{(\\d{1,2}):(\\d{1,2})\\}$");

  private InvalidWaitContextParser() {}

  static InvalidWaitContext parse(LocatedReport located, Dumps dumps) {
    LineCursor cursor = new LineCursor(located.lines());
    String header = cursor.next().text().trim();
    Optional<String> ident = ReportParser.readIdent(cursor);
    MissingSections missing = new MissingSections();
    Optional<ReportingTask> task =
        missing.require(SectionReader.readTaskSentence(cursor, TRYING, 3), "task line (is trying to lock:)");
    Optional<LockLine> lock = missing.require(SectionReader.readLock(cursor, false), "lock line");
    Optional<TaskWaitContext> context =
        missing.require(
            cursor.seek(CONTEXT, 2)
                .map(m -> new TaskWaitContext(
                    new WaitTypes(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))), cursor.lineNumber())),
            "context-{C:C} line");
    Optional<HeldLocks> held = missing.requireHeldList(SectionReader.readHeldLocks(cursor, 2, false));
    Optional<Backtrace> backtrace = dumps.marked(cursor, 3, missing, "stack backtrace");
    dumps.requireOwner(backtrace, task.map(ReportingTask::task), missing, "stack backtrace");
    return new InvalidWaitContext(
        ReportParser.extent(located, header, ident, cursor, missing.names()), task, lock, context, held, backtrace);
  }
}
