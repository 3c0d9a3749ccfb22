package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a {@code held lock freed!} report (spec section 4.9). */
final class HeldLockFreedParser {

  private static final Pattern FREEING =
      Pattern.compile("^(.+) is freeing memory ([0-9a-f]{1,16})-([0-9a-f]{1,16}), with a lock still held there!$");

  private HeldLockFreedParser() {}

  static HeldLockFreed parse(LocatedReport located, Dumps dumps) {
    LineCursor cursor = new LineCursor(located.lines());
    String header = cursor.next().text().trim();
    Optional<String> ident = ReportParser.readIdent(cursor);
    MissingSections missing = new MissingSections();
    Optional<Matcher> freeing = missing.require(cursor.seek(FREEING, 3), "task and memory line (is freeing memory)");
    int line = cursor.lineNumber();
    Optional<ReportingTask> task = freeing.flatMap(m -> TaskRef.parse(m.group(1))).map(t -> new ReportingTask(t, line));
    Optional<MemoryRange> range = freeing.map(m -> new MemoryRange(m.group(2), m.group(3), line));
    Optional<LockLine> lock = missing.require(SectionReader.readLock(cursor, false), "lock line");
    Optional<HeldLocks> held = missing.requireHeldList(SectionReader.readHeldLocks(cursor, 2, false));
    Optional<Backtrace> backtrace = dumps.marked(cursor, 3, missing, "stack backtrace");
    dumps.requireOwner(backtrace, task.map(ReportingTask::task), missing, "stack backtrace");
    return new HeldLockFreed(
        ReportParser.extent(located, header, ident, cursor, missing.names()), task, range, lock, held, backtrace);
  }
}
