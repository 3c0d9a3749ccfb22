package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a validator self-limit report (spec section 4.15). {@code MAX_LOCK_DEPTH too low!} prints
 * the depth and the held locks, then a system-wide held-locks dump (a report of its own) and only
 * then the stack, so for it the stack is not part of this report.
 */
final class LockdepCapacityParser {

  static final String DEPTH_LIMIT = "MAX_LOCK_DEPTH";
  static final String SUBCLASS_LIMIT = "MAX_LOCKDEP_SUBCLASSES";
  private static final Pattern TOO_LOW = Pattern.compile("^BUG: (MAX_[A-Z_]+) too low!$");
  private static final Pattern INVALID_SUBCLASS = Pattern.compile("^BUG: looking up invalid subclass: (\\d{1,9})$");
  static final Pattern VALIDATOR_OFF = Pattern.compile("^turning off the locking correctness validator\\.$");
  private static final Pattern LOCK_STAT_NOTE = Pattern.compile("^Please attach the output of /proc/lock_stat to the bug report$");
  private static final Pattern DEPTH = Pattern.compile("^depth: (\\d{1,6})\\s+max: (\\d{1,6})!$");

  private LockdepCapacityParser() {}

  static LockdepCapacity parse(LocatedReport located, Dumps dumps) {
    ReportReading reading = ReportReading.unframed(located);
    LineCursor cursor = reading.cursor();
    Matcher subclass = INVALID_SUBCLASS.matcher(reading.header());
    Matcher tooLow = TOO_LOW.matcher(reading.header());
    String limit = subclass.matches() ? SUBCLASS_LIMIT : tooLow.matches() ? tooLow.group(1) : reading.header();
    Optional<Integer> validatorOff =
        reading.sentence(VALIDATOR_OFF, 2, "turning off the validator line").map(ReportReading.Sentence::line);
    cursor.seek(LOCK_STAT_NOTE, 0);
    Optional<LockDepth> depth = Optional.empty();
    Optional<HeldLocks> held = Optional.empty();
    Optional<Backtrace> backtrace;
    if (limit.equals(DEPTH_LIMIT)) {
      depth = cursor.seek(DEPTH, 2)
          .map(m -> new LockDepth(Numbers.saturatedInt(m.group(1)), Numbers.saturatedInt(m.group(2)), cursor.lineNumber()));
      held = reading.heldList(2);
      backtrace = DumpReader.readBareDump(cursor, 2);
    } else {
      backtrace = dumps.bare(reading, 4, "stack dump");
    }
    return new LockdepCapacity(
        reading.extent(),
        limit,
        subclass.matches() ? Optional.of(Numbers.saturatedInt(subclass.group(1))) : Optional.empty(),
        depth,
        validatorOff,
        held,
        backtrace);
  }
}
