package dev.lockscope.report;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The opening shared by circular and recursive reports: {@code <task> is trying to acquire lock:}
 * with its LOCK line, then {@code but task is already holding lock:} with its LOCK line.
 */
record AcquisitionSections(
    Optional<TaskRef> task, Optional<LockLine> next, Optional<LockLine> prev) {

  private static final Pattern TRYING = Pattern.compile("^(.+) is trying to acquire lock:$");
  private static final Pattern HOLDING = Pattern.compile("^but task is already holding lock:$");

  static AcquisitionSections read(LineCursor cursor, boolean legacy) {
    Optional<Matcher> trying = cursor.seek(TRYING, 4);
    Optional<TaskRef> task = trying.flatMap(m -> TaskRef.parse(m.group(1)));
    Optional<LockLine> next = trying.isPresent() ? SectionReader.readLock(cursor, legacy) : Optional.empty();
    Optional<LockLine> prev =
        cursor.seek(HOLDING, 3).isPresent() ? SectionReader.readLock(cursor, legacy) : Optional.empty();
    return new AcquisitionSections(task, next, prev);
  }

  void noteMissing(java.util.List<String> missing) {
    if (next.isEmpty()) {
      missing.add("lock being acquired (is trying to acquire lock:)");
    }
    if (prev.isEmpty()) {
      missing.add("lock already held (but task is already holding lock:)");
    }
  }
}
