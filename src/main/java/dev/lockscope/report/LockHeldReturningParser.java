package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses a {@code lock held when returning to user space!} report (spec section 4.11), which ends
 * with its held-locks list.
 */
final class LockHeldReturningParser {

  private static final Pattern LEAVING = Pattern.compile("^(.+) is leaving the kernel with locks still held!$");

  private LockHeldReturningParser() {}

  static LockHeldReturning parse(LocatedReport located) {
    ReportReading reading = ReportReading.framed(located);
    Optional<ReportingTask> task =
        reading.sentence(LEAVING, 3, "task line (is leaving the kernel)").flatMap(ReportReading.Sentence::task);
    Optional<HeldLocks> held = reading.heldList(1);
    return new LockHeldReturning(reading.extent(), task, held);
  }
}
