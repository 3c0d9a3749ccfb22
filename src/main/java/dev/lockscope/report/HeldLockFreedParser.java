package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses a {@code held lock freed!} report (spec section 4.9). */
final class HeldLockFreedParser {

  private static final Pattern FREEING =
      Pattern.compile("^(.+) is freeing memory ([0-9a-f]{1,16})-([0-9a-f]{1,16}), with a lock still held there!$");

  private HeldLockFreedParser() {}

  static HeldLockFreed parse(LocatedReport located, Dumps dumps) {
    ReportReading reading = ReportReading.framed(located);
    Optional<ReportReading.Sentence> freeing = reading.sentence(FREEING, 3, "task and memory line (is freeing memory)");
    Optional<ReportingTask> task = freeing.flatMap(ReportReading.Sentence::task);
    Optional<MemoryRange> range = freeing.map(s -> new MemoryRange(s.match().group(2), s.match().group(3), s.line()));
    Optional<LockLine> lock = reading.require(LockLineReader.readLock(reading.cursor(), false), "lock line");
    Optional<HeldLocks> held = reading.heldList(2);
    Optional<Backtrace> backtrace = dumps.marked(reading, 3, "stack backtrace");
    dumps.requireOwner(reading, backtrace, task.map(ReportingTask::task), "stack backtrace");
    return new HeldLockFreed(reading.extent(), task, range, lock, held, backtrace);
  }
}
