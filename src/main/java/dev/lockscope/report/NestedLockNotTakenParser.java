package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses a {@code Nested lock was not taken} report (spec section 4.12). The nest lock's name is
 * the line after {@code but this task is not holding:}; it only counts as printed when the report
 * goes on with its first {@code stack backtrace:}, because kernels with a bogus nest_lock pointer
 * oops while printing the name and the next line is the oops.
 */
final class NestedLockNotTakenParser {

  private static final Pattern TRYING = Pattern.compile("^(.+) is trying to lock:$");
  private static final Pattern NOT_HOLDING = Pattern.compile("^but this task is not holding:$");
  private static final Pattern STACK_BACKTRACE = Pattern.compile("^stack backtrace:$");

  private NestedLockNotTakenParser() {}

  static NestedLockNotTaken parse(LocatedReport located, Dumps dumps) {
    LineCursor cursor = new LineCursor(located.lines());
    String header = cursor.next().text().trim();
    Optional<String> ident = ReportParser.readIdent(cursor);
    MissingSections missing = new MissingSections();
    Optional<ReportingTask> task =
        missing.require(SectionReader.readTaskSentence(cursor, TRYING, 3), "task line (is trying to lock:)");
    Optional<LockLine> lock = missing.require(SectionReader.readLock(cursor, false), "lock line");
    Optional<NestLock> nest = missing.require(readNestLock(cursor), "nest lock name (after but this task is not holding:)");
    Optional<Backtrace> backtrace = dumps.marked(cursor, 2, missing, "first stack backtrace");
    Optional<HeldLocks> held = missing.requireHeldList(SectionReader.readHeldLocks(cursor, 3, false));
    Optional<Backtrace> heldBacktrace = dumps.marked(cursor, 3, missing, "second stack backtrace");
    Optional<TaskRef> owner = task.map(ReportingTask::task);
    dumps.requireOwner(backtrace, owner, missing, "first stack backtrace");
    dumps.requireOwner(heldBacktrace, owner, missing, "second stack backtrace");
    return new NestedLockNotTaken(
        ReportParser.extent(located, header, ident, cursor, missing.names()),
        task, lock, nest, backtrace, held, heldBacktrace);
  }

  private static Optional<NestLock> readNestLock(LineCursor cursor) {
    if (cursor.seek(NOT_HOLDING, 2).isEmpty() || cursor.atEnd()) {
      return Optional.empty();
    }
    boolean followedByDump =
        cursor.peekAhead(1).map(l -> l.isBlank() || STACK_BACKTRACE.matcher(l.text().trim()).matches()).orElse(false);
    if (cursor.peek().isBlank() || !followedByDump) {
      return Optional.empty();
    }
    var line = cursor.next();
    return Optional.of(new NestLock(line.text().trim(), line.number()));
  }
}
