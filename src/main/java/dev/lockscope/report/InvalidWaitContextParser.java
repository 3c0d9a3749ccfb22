package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Pattern;

/** Parses an {@code [ BUG: Invalid wait context ]} report (spec section 4.6). */
final class InvalidWaitContextParser {

  private static final Pattern CONTEXT = Pattern.compile("^context-\\{(\\d{1,2}):(\\d{1,2})\\}$");

  private InvalidWaitContextParser() {}

  static InvalidWaitContext parse(LocatedReport located, Dumps dumps) {
    ReportReading reading = ReportReading.framed(located);
    Acquisition acquisition = Acquisition.read(reading);
    Optional<TaskWaitContext> context =
        reading.sentence(CONTEXT, 2, "context-{C:C} line")
            .map(s -> new TaskWaitContext(
                new WaitTypes(Numbers.saturatedInt(s.match().group(1)), Numbers.saturatedInt(s.match().group(2))), s.line()));
    Optional<HeldLocks> held = reading.heldList(2);
    Optional<Backtrace> backtrace = dumps.marked(reading, 3, "stack backtrace");
    dumps.requireOwner(reading, backtrace, acquisition.task().map(ReportingTask::task), "stack backtrace");
    return new InvalidWaitContext(reading.extent(), acquisition.task(), acquisition.lock(), context, held, backtrace);
  }
}
