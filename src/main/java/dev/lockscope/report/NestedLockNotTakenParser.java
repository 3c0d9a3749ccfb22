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

  private static final Pattern NOT_HOLDING = Pattern.compile("^but this task is not holding:$");
  private static final Pattern STACK_BACKTRACE = Pattern.compile("^stack backtrace:$");

  private NestedLockNotTakenParser() {}

  static NestedLockNotTaken parse(LocatedReport located, Dumps dumps) {
    ReportReading reading = ReportReading.framed(located);
    Acquisition acquisition = Acquisition.read(reading);
    Optional<NestLock> nest =
        reading.require(readNestLock(reading.cursor()), "nest lock name (after but this task is not holding:)");
    Optional<Backtrace> backtrace = dumps.marked(reading, 2, "first stack backtrace");
    Optional<HeldLocks> held = reading.heldList(3);
    Optional<Backtrace> heldBacktrace = dumps.marked(reading, 3, "second stack backtrace");
    Optional<TaskRef> owner = acquisition.task().map(ReportingTask::task);
    dumps.requireOwner(reading, backtrace, owner, "first stack backtrace");
    dumps.requireOwner(reading, heldBacktrace, owner, "second stack backtrace");
    return new NestedLockNotTaken(
        reading.extent(), acquisition.task(), acquisition.lock(), nest, backtrace, held, heldBacktrace);
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
