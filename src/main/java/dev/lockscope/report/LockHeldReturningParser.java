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
    LineCursor cursor = new LineCursor(located.lines());
    String header = cursor.next().text().trim();
    Optional<String> ident = ReportParser.readIdent(cursor);
    MissingSections missing = new MissingSections();
    Optional<ReportingTask> task =
        missing.require(SectionReader.readTaskSentence(cursor, LEAVING, 3), "task line (is leaving the kernel)");
    Optional<HeldLocks> held = missing.requireHeldList(SectionReader.readHeldLocks(cursor, 1, false));
    return new LockHeldReturning(ReportParser.extent(located, header, ident, cursor, missing.names()), task, held);
  }
}
