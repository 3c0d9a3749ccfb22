package dev.lockscope.report;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opening shared by circular and recursive reports: {@code <task> is trying to acquire lock:}
 * with its LOCK line, then {@code but task is already holding lock:} with its LOCK line.
 */
record AcquisitionSections(
    Optional<TaskRef> task, Optional<LockLine> next, Optional<LockLine> prev) {

  private static final Pattern TRYING = Pattern.compile("^(.+) is trying to acquire lock:$");
  private static final Pattern HOLDING = Pattern.compile("^but task is already holding lock:$");

  static AcquisitionSections read(ReportReading reading, boolean legacy) {
    LineCursor cursor = reading.cursor();
    Optional<ReportReading.Sentence> trying = reading.optionalSentence(TRYING, 4);
    Optional<TaskRef> task = trying.flatMap(m -> TaskRef.parse(m.match().group(1)));
    Optional<LockLine> next = trying.flatMap(m -> LockLineReader.readLock(cursor, legacy));
    reading.require(next, "lock being acquired (is trying to acquire lock:)");
    Optional<LockLine> prev = reading.optionalSentence(HOLDING, 3).flatMap(m -> LockLineReader.readLock(cursor, legacy));
    reading.require(prev, "lock already held (but task is already holding lock:)");
    return new AcquisitionSections(task, next, prev);
  }
}
