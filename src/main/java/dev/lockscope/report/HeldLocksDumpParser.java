package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses a {@code Showing all locks held in the system:} dump (spec section 4.16): one held-locks
 * list per task up to the closing {@code ====} line, or the single line {@code INFO: lockdep is
 * turned off.}.
 */
final class HeldLocksDumpParser {

  private static final Pattern LOCKDEP_OFF = Pattern.compile("^INFO: lockdep is turned off\\.$");
  private static final Pattern END = Pattern.compile("^={20,}$");

  private HeldLocksDumpParser() {}

  static HeldLocksDump parse(LocatedReport located) {
    ReportReading reading = ReportReading.unframed(located);
    LineCursor cursor = reading.cursor();
    boolean lockdepOff = cursor.seek(LOCKDEP_OFF, 1).isPresent();
    List<HeldLocks> tasks = new ArrayList<>();
    Optional<HeldLocks> next = lockdepOff ? Optional.empty() : HeldLocksReader.readHeldLocks(cursor, 1, false);
    while (next.isPresent()) {
      tasks.add(next.get());
      reading.require(next.get().complete(), "held locks of " + next.get().task().map(TaskRef::toString).orElse("a task") + " (cut)");
      next = HeldLocksReader.readHeldLocks(cursor, 1, false);
    }
    Optional<Integer> end = Optional.empty();
    if (!lockdepOff) {
      end = reading.sentence(END, 2, "closing ==== line").map(ReportReading.Sentence::line);
    }
    return new HeldLocksDump(reading.extent(), tasks, lockdepOff, end);
  }
}
