package dev.lockscope.report;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opening of a report about a lock being taken: {@code <comm>/<pid> is trying to lock:} and
 * the LOCK line of the lock.
 */
record Acquisition(Optional<ReportingTask> task, Optional<LockLine> lock) {

  private static final Pattern TRYING = Pattern.compile("^(.+) is trying to lock:$");

  /** Reads both, noting each as missing when absent. */
  static Acquisition read(ReportReading reading) {
    Optional<ReportingTask> task =
        reading.sentence(TRYING, 3, "task line (is trying to lock:)").flatMap(ReportReading.Sentence::task);
    Optional<LockLine> lock = reading.require(LockLineReader.readLock(reading.cursor(), false), "lock line");
    return new Acquisition(task, lock);
  }
}
