package dev.lockscope.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the saved stack traces inside lockdep's sections (spec section 2.8). */
final class TraceReader {

  private TraceReader() {}

  /**
   * Reads trace lines at the cursor. Foreign lines between two trace lines are skipped; the trace
   * is marked truncated when the report's lines end inside it.
   */
  static StackTrace readTrace(LineCursor cursor) {
    List<TraceEntry> entries = new ArrayList<>();
    while (!cursor.atEnd()) {
      Optional<TraceEntry> entry = FrameParser.parse(cursor.peek().text(), cursor.peek().number());
      int foreign;
      if (entry.isPresent()) {
        entries.add(entry.get());
        cursor.next();
      } else if ((foreign = ForeignLines.runBeforeFrame(cursor)) > 0) {
        for (int i = 0; i < foreign; i++) {
          cursor.skip();
        }
      } else {
        return new StackTrace(entries, false);
      }
    }
    return new StackTrace(entries, true);
  }
}
