package dev.lockscope.ingest;

import java.util.List;

/**
 * One lockdep report found in an input: its kind and the lines that belong to it, header first.
 * Lines printed by other CPUs or tasks into the middle of it are already left out, and so are
 * listed in {@link #foreignLines()} by input line number.
 */
public record LocatedReport(ReportKind kind, List<ConsoleLine> lines, List<Integer> foreignLines) {

  public LocatedReport {
    lines = List.copyOf(lines);
    foreignLines = List.copyOf(foreignLines);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a report has at least its header line");
    }
  }

  /** Input line number of the header. */
  public int headerLine() {
    return lines.get(0).number();
  }

  /** Input line number of the last line used. */
  public int lastLine() {
    return lines.get(lines.size() - 1).number();
  }
}
