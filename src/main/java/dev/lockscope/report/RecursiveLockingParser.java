package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses a {@code possible recursive locking} report (spec section 4.3). */
final class RecursiveLockingParser {

  private static final Pattern COMPARISON =
      Pattern.compile("^and the lock comparison function returns (-?\\d{1,9}):$");
  private static final Pattern NESTING = Pattern.compile("^May be due to missing lock nesting notation$");

  private RecursiveLockingParser() {}

  static RecursiveLocking parse(LocatedReport located) {
    LineCursor cursor = new LineCursor(located.lines());
    String header = cursor.next().text().trim();
    Optional<String> ident = ReportParser.readIdent(cursor);
    boolean legacy = ReportParser.legacyUsage(located);
    List<String> missing = new ArrayList<>();
    AcquisitionSections acquisition = AcquisitionSections.read(cursor, legacy);
    acquisition.noteMissing(missing);
    Optional<Integer> comparison =
        cursor.seek(COMPARISON, 1).map(m -> Integer.parseInt(m.group(1)));
    Optional<Scenario> scenario = SectionReader.readScenario(cursor, 6);
    boolean nestingHint = cursor.seek(NESTING, 3).isPresent();
    Optional<HeldLocks> held = SectionReader.readHeldLocks(cursor, 8, legacy);
    ReportParser.noteHeld(missing, held);
    Optional<Backtrace> backtrace = SectionReader.readBacktrace(cursor, 4);
    ReportParser.noteBacktrace(missing, backtrace);
    return new RecursiveLocking(
        ReportParser.extent(located, header, ident, cursor, missing),
        acquisition.task(), acquisition.next(), acquisition.prev(), comparison, scenario,
        nestingHint, held, backtrace);
  }
}
