package dev.lockscope.report;

import dev.lockscope.ingest.ConsoleLine;
import dev.lockscope.ingest.Envelope;
import dev.lockscope.ingest.LocatedReport;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/** Turns a located report into the typed model of its kind. */
public final class ReportParser {

  static final Pattern IDENT = Pattern.compile("^\\S+ #\\S+(?: (?:Not tainted|Tainted: .*))?$");
  static final Pattern RULE_LINE = Pattern.compile("^[=\\-]{8,}$");

  private ReportParser() {}

  private static final Pattern LEGACY_USAGE =
      Pattern.compile("\\b(?:in-hardirq|hardirq-on|in-softirq|softirq-on|initial-use|hard-irq-|soft-irq-)|hard-safe|soft-safe");

  /**
   * Parses without knowing which frames end a task's stack: a stack dump that the text ends in the
   * middle of then counts as whole.
   */
  public static LockdepReport parse(LocatedReport located) {
    return parse(located, frame -> true);
  }

  /**
   * Parses a located report.
   *
   * @param stackBottom whether a frame is the bottom of a task's stack (a system call entry, a
   *     kernel thread's start): a dump the text ends in before such a frame was cut
   */
  public static LockdepReport parse(LocatedReport located, Predicate<Frame> stackBottom) {
    return Parsers.parse(ReportEnvelope.undo(located), new Dumps(stackBottom));
  }


  /**
   * Whether the report uses the pre-2.6.30 usage names, so its 4-character usage strings have the
   * old meaning (spec section 2.4c).
   */
  static boolean legacyUsage(LocatedReport located) {
    int scanned = 0;
    for (var line : located.lines()) {
      if (LEGACY_USAGE.matcher(line.text()).find()) {
        return true;
      }
      if (++scanned > 60) {
        return false;
      }
    }
    return false;
  }

  /** Reads the kernel ident line and the dash line after a header, if present. */
  static Optional<String> readIdent(LineCursor cursor) {
    Optional<String> ident = Optional.empty();
    for (int i = 0; i < 3 && !cursor.atEnd(); i++) {
      String text = cursor.peek().text().trim();
      if (ident.isEmpty() && IDENT.matcher(text).matches()) {
        ident = Optional.of(text);
        cursor.next();
      } else if (RULE_LINE.matcher(text).matches()) {
        cursor.next();
        break;
      } else {
        break;
      }
    }
    return ident;
  }

  static ReportExtent extent(
      LocatedReport located,
      String header,
      Optional<String> ident,
      LineCursor cursor,
      List<String> missing) {
    int lastLine = cursor.lastUsedLine();
    List<Integer> foreign =
        located.foreignLines().stream().filter(n -> n <= lastLine).toList();
    return new ReportExtent(
        located.kind(), header, ident, located.headerLine(), lastLine, cursor.usedCount(), foreign, missing,
        envelope(located.lines().subList(0, Math.min(cursor.usedCount(), located.lines().size()))));
  }

  /** Every envelope undone on the lines a report uses, in {@link Envelope} order. */
  private static List<Envelope> envelope(List<ConsoleLine> used) {
    EnumSet<Envelope> undone = EnumSet.noneOf(Envelope.class);
    used.forEach(line -> undone.addAll(line.undone()));
    return List.copyOf(undone);
  }
}
