package dev.lockscope.report;

import dev.lockscope.ingest.ConsoleLine;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Lines printed by other CPUs or subsystems into the middle of a report that carries no caller id
 * to tell them apart (spec section 1): recognised because lockdep's grammar resumes after them.
 */
final class ForeignLines {

  private static final int MAX_FOREIGN_RUN = 8;
  /** Lines that belong to a lockdep report's own grammar, so never foreign. */
  private static final Pattern REPORT_GRAMMAR =
      Pattern.compile("^(?:.*:|\\.\\.\\..*|->.*|\\}|#\\d+:.*|\\*\\*\\* DEADLOCK \\*\\*\\*|.*\\)\\{[.+?\\-]{4,6}\\}.*)$");

  private ForeignLines() {}

  /** Skips lines printed by others into a report, when lockdep's grammar resumes after them. */
  static void skip(LineCursor cursor) {
    int run = runBeforeGrammar(cursor);
    for (int i = 0; i < run; i++) {
      cursor.skip();
    }
  }

  /** Foreign lines at the cursor followed by a grammar line or a frame; 0 when none. */
  private static int runBeforeGrammar(LineCursor cursor) {
    for (int k = 0; k < MAX_FOREIGN_RUN; k++) {
      Optional<ConsoleLine> line = cursor.peekAhead(k);
      if (line.isEmpty() || line.get().isBlank()) {
        return 0;
      }
      if (isGrammar(line.get()) || isFrame(line.get())) {
        return k;
      }
    }
    return 0;
  }

  /**
   * How many lines at the cursor are output of other CPUs or subsystems printed into the middle of
   * a trace: lines outside lockdep's grammar directly followed by a frame. Zero when the trace
   * really ends here.
   */
  static int runBeforeFrame(LineCursor cursor) {
    for (int k = 0; k < MAX_FOREIGN_RUN; k++) {
      Optional<ConsoleLine> line = cursor.peekAhead(k);
      if (line.isEmpty()) {
        return 0;
      }
      if (isFrame(line.get())) {
        return k;
      }
      if (line.get().isBlank() || isGrammar(line.get())) {
        return 0;
      }
    }
    return 0;
  }

  private static boolean isGrammar(ConsoleLine line) {
    return REPORT_GRAMMAR.matcher(line.text().trim()).matches();
  }

  private static boolean isFrame(ConsoleLine line) {
    return FrameParser.parse(line.text(), line.number()).isPresent();
  }
}
