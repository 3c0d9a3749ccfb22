package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
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
    ReportReading reading = ReportReading.framed(located);
    Optional<ReportReading.Sentence> trying = reading.sentence(TRYING, 3, "task and lock line (is trying to ... lock)");
    Optional<ReportingTask> task = trying.flatMap(ReportReading.Sentence::task);
    Optional<UnheldLock> lock =
        trying.map(s -> new UnheldLock(new LockClassName(s.match().group(2)), readSite(reading.cursor()), s.line()));
    reading.require(lock.isEmpty() || lock.get().site().isPresent(), "site of the operation ([<addr>] sym)");
    reading.cursor().seek(NO_MORE_LOCKS, 1);
    Optional<HeldLocks> held = reading.heldList(3);
    Optional<Backtrace> backtrace = dumps.marked(reading, 3, "stack backtrace");
    dumps.requireOwner(reading, backtrace, task.map(ReportingTask::task), "stack backtrace");
    return new UnheldLockOperation(reading.extent(), task, lock, held, backtrace);
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
