package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import dev.lockscope.ingest.ReportKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses a lockdep internal-consistency or API-misuse report (spec sections 4.14 and 4.15): the
 * message, the WARN's {@code WARNING: CPU:} line when it follows, and the dump. A chain-key
 * collision is a framed report with its task sentence and a {@code stack backtrace:}.
 */
final class LockdepInternalParser {

  private static final Pattern WARNING =
      Pattern.compile(
          "^WARNING: CPU: (\\d{1,5}) PID: (\\d{1,9}) at (\\S+?):(\\d{1,7}) ([A-Za-z_$][A-Za-z0-9_.$]*)(?:\\+0x[0-9a-f]+/0x[0-9a-f]+)?.*$");
  private static final Pattern CHAIN_TASK =
      Pattern.compile("^(.+): Hash chain already cached but the contents don't match!$");

  private LockdepInternalParser() {}

  static LockdepInternal parse(LocatedReport located, Dumps dumps) {
    ReportReading reading = ReportReading.framed(located);
    LineCursor cursor = reading.cursor();
    Optional<ReportingTask> task = reading.optionalSentence(CHAIN_TASK, 3).flatMap(ReportReading.Sentence::task);
    Optional<WarningLine> warning = openingWarning(reading, located.headerLine())
        .or(() -> cursor.seek(WARNING, 3).map(m -> warning(m, cursor.lineNumber())));
    Optional<Backtrace> backtrace =
        task.isPresent() ? dumps.marked(reading, 40, "stack backtrace") : dumps.bare(reading, 8, "stack dump");
    requireWarningTask(warning, backtrace, reading);
    return new LockdepInternal(reading.extent(), task, warning, backtrace);
  }

  /**
   * The WARN line when the report opens with it, as kernels before 4.x printed a lockdep WARN (the
   * WARN, then the message): the message that follows becomes the report's header.
   */
  private static Optional<WarningLine> openingWarning(ReportReading reading, int headerLine) {
    Matcher opening = WARNING.matcher(reading.header());
    if (!opening.matches()) {
      return Optional.empty();
    }
    reading.cursor()
        .seekText(text -> !WARNING.matcher(text).matches() && ReportKind.ofLine(text).equals(Optional.of(ReportKind.LOCKDEP_INTERNAL)), 3)
        .ifPresent(reading::headline);
    return Optional.of(warning(opening, headerLine));
  }

  private static WarningLine warning(Matcher m, int line) {
    return new WarningLine(
        Numbers.saturatedInt(m.group(1)), Numbers.saturatedInt(m.group(2)), m.group(3), Numbers.saturatedInt(m.group(4)), m.group(5), line);
  }

  /**
   * A WARN dumps its own task right after the {@code WARNING: CPU:} line: a dump without a
   * {@code CPU:} line, or of another pid, is another CPU's output and the warning's own is missing.
   */
  private static void requireWarningTask(
      Optional<WarningLine> warning, Optional<Backtrace> backtrace, ReportReading reading) {
    if (warning.isEmpty() || backtrace.isEmpty()) {
      return;
    }
    int pid = warning.get().pid();
    Optional<TaskRef> dumped = backtrace.get().task();
    reading.require(dumped.isPresent(), "the CPU:/PID: line of the warning's dump (pid %d)".formatted(pid));
    reading.require(
        dumped.isEmpty() || dumped.get().pid() == pid,
        "the warning's own dump (pid %d; the dump shown is of %s)".formatted(pid, dumped.map(TaskRef::toString).orElse("")));
  }
}
