package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One report being read: the cursor over its lines, its header and kernel ident, and the
 * mandatory sections not found so far (in report order; any makes the report INCOMPLETE).
 */
final class ReportReading {

  /** A sentence of the report matched by a pattern, and its input line. */
  record Sentence(Matcher match, int line) {

    /** The task named by the pattern's first group. */
    Optional<ReportingTask> task() {
      return TaskRef.parse(match.group(1)).map(t -> new ReportingTask(t, line));
    }
  }

  private final LocatedReport located;
  private final LineCursor cursor;
  private String header;
  private final Optional<String> ident;
  private final List<String> missing = new ArrayList<>();

  private ReportReading(LocatedReport located, boolean framed) {
    this.located = located;
    this.cursor = new LineCursor(located.lines());
    this.header = cursor.next().text().trim();
    this.ident = framed ? ReportParser.readIdent(cursor) : Optional.empty();
  }

  /** Starts a report framed by the {@code ====} line, header, ident and {@code ----} line. */
  static ReportReading framed(LocatedReport located) {
    return new ReportReading(located, true);
  }

  /** Starts a report that is just a header line followed by its body (validator messages, WARNs). */
  static ReportReading unframed(LocatedReport located) {
    return new ReportReading(located, false);
  }

  LineCursor cursor() {
    return cursor;
  }

  String header() {
    return header;
  }

  /** Makes {@code message} the report's header: the words of a report whose first line was a WARN. */
  void headline(String message) {
    header = message;
  }

  /** The sentence matching {@code pattern} at most {@code window} lines ahead; missing if absent. */
  Optional<Sentence> sentence(Pattern pattern, int window, String name) {
    return require(optionalSentence(pattern, window), name);
  }

  /** The sentence matching {@code pattern} at most {@code window} lines ahead, if printed. */
  Optional<Sentence> optionalSentence(Pattern pattern, int window) {
    return cursor.seek(pattern, window).map(m -> new Sentence(m, cursor.lineNumber()));
  }

  /** Notes {@code section} as missing unless it is present; returns it unchanged. */
  <T> Optional<T> require(Optional<T> section, String name) {
    require(section.isPresent(), name);
    return section;
  }

  void require(boolean present, String name) {
    if (!present) {
      missing.add(name);
    }
  }

  /**
   * Notes the current task's held-locks list as missing when absent or cut: lockdep prints every
   * {@code #i:} line of the current task, so fewer lines than announced means a cut text.
   */
  Optional<HeldLocks> requireHeldList(Optional<HeldLocks> held) {
    if (held.isEmpty()) {
      missing.add("held locks list");
    } else if (!held.get().allPrinted()) {
      missing.add("held locks list (%d announced, %d printed)".formatted(held.get().count(), held.get().locks().size()));
    }
    return held;
  }

  /** The current task's held-locks list, its header at most {@code window} lines ahead. */
  Optional<HeldLocks> heldList(int window) {
    return requireHeldList(HeldLocksReader.readHeldLocks(cursor, window, false));
  }

  /** The held-locks list, its header at most {@code window} lines ahead, with usage strings of this era. */
  Optional<HeldLocks> heldList(int window, boolean legacy) {
    return require(HeldLocksReader.readHeldLocks(cursor, window, legacy), "held locks list");
  }

  /** The {@code stack backtrace:} dump, its first line at most {@code window} lines ahead. */
  Optional<Backtrace> backtrace(int window) {
    Optional<Backtrace> backtrace = DumpReader.readBacktrace(cursor, window);
    require(backtrace.isPresent() && !backtrace.get().trace().isEmpty(), "stack backtrace");
    return backtrace;
  }

  /** The extent of the report as read so far. */
  ReportExtent extent() {
    return ReportParser.extent(located, header, ident, cursor, List.copyOf(missing));
  }
}
