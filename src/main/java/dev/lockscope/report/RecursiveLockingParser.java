package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses a {@code possible recursive locking} report (spec section 4.3). */
final class RecursiveLockingParser {

  private static final Pattern COMPARISON =
      Pattern.compile("^and the lock comparison function returns (-?\\d{1,9}):$");
  private static final Pattern NESTING = Pattern.compile("^May be due to missing lock nesting notation$");

  private RecursiveLockingParser() {}

  static RecursiveLocking parse(LocatedReport located) {
    ReportReading reading = ReportReading.framed(located);
    LineCursor cursor = reading.cursor();
    boolean legacy = ReportParser.legacyUsage(located);
    AcquisitionSections acquisition = AcquisitionSections.read(reading, legacy);
    Optional<Integer> comparison = cursor.seek(COMPARISON, 1).map(m -> Numbers.saturatedInt(m.group(1)));
    Optional<Scenario> scenario = ScenarioReader.readScenario(cursor, 6);
    boolean nestingHint = cursor.seek(NESTING, 3).isPresent();
    Optional<HeldLocks> held = reading.heldList(8, legacy);
    Optional<Backtrace> backtrace = reading.backtrace(4);
    return new RecursiveLocking(
        reading.extent(), acquisition.task(), acquisition.next(), acquisition.prev(), comparison, scenario,
        nestingHint, held, backtrace);
  }
}
