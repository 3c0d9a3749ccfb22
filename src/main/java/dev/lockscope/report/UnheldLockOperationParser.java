package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a {@code bad unlock balance detected!} or {@code bad contention detected!} report (spec
 * sections 4.7 and 4.8), which share one grammar.
 */
final class UnheldLockOperationParser {

  private static final Pattern TRYING =
      Pattern.compile("^(.+) is trying to (?:release|contend) lock \\((.+)\\) at:$");
  private static final Pattern NO_MORE_LOCKS =
      Pattern.compile("^but there are no (?:more locks to release|locks held)!$");

  private UnheldLockOperationParser() {}

  static UnheldLockOperation parse(LocatedReport located, Dumps dumps) {
    LineCursor cursor = new LineCursor(located.lines());
    String header = cursor.next().text().trim();
    Optional<String> ident = ReportParser.readIdent(cursor);
    MissingSections missing = new MissingSections();
    Optional<Matcher> trying = missing.require(cursor.seek(TRYING, 3), "task and lock line (is trying to ... lock)");
    int line = cursor.lineNumber();
    Optional<ReportingTask> task = trying.flatMap(m -> TaskRef.parse(m.group(1))).map(t -> new ReportingTask(t, line));
    Optional<UnheldLock> lock = trying.map(m -> new UnheldLock(new LockClassName(m.group(2)), readSite(cursor), line));
    missing.require(lock.isEmpty() || lock.get().site().isPresent(), "site of the operation ([<addr>] sym)");
    cursor.seek(NO_MORE_LOCKS, 1);
    Optional<HeldLocks> held = missing.requireHeldList(SectionReader.readHeldLocks(cursor, 3, false));
    Optional<Backtrace> backtrace = dumps.marked(cursor, 3, missing, "stack backtrace");
    dumps.requireOwner(backtrace, task.map(ReportingTask::task), missing, "stack backtrace");
    return new UnheldLockOperation(
        ReportParser.extent(located, header, ident, cursor, missing.names()), task, lock, held, backtrace);
  }

  private static Optional<Frame> readSite(LineCursor cursor) {
    if (cursor.atEnd()) {
      return Optional.empty();
    }
    Optional<Frame> site = FrameParser.parseSite(cursor.peek().text().trim(), cursor.peek().number());
    site.ifPresent(s -> cursor.next());
    return site;
  }
}
