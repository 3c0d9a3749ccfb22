package dev.lockscope.report;

import dev.lockscope.ingest.ConsoleLine;
import dev.lockscope.ingest.Envelope;
import dev.lockscope.ingest.LocatedReport;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Undoes what mangles a report as a whole, decided from the report's own lines: PGP dash escaping
 * ({@code - ----}), the indentation of the whole report, blank lines doubled by an archive, and
 * lines wrapped by a mail client or a logger ({@link WrappedLines}). Line prefixes, escapes and
 * quoting were already stripped line by line.
 */
final class ReportEnvelope {

  private static final Pattern ESCAPED_DASH_LINE = Pattern.compile("^- -{4,}$");
  private static final String DASH_ESCAPE = "- ";
  private static final double DOUBLED_SHARE = 0.8;
  private static final int MIN_DOUBLED_LINES = 6;

  private ReportEnvelope() {}

  /** The report with its envelope undone; its lines keep their input numbers. */
  static LocatedReport undo(LocatedReport located) {
    List<ConsoleLine> lines = withoutIndentation(located.lines());
    lines = withoutDashEscapes(lines);
    lines = withoutDoubledBlanks(lines);
    lines = WrappedLines.rejoin(lines);
    return lines == located.lines() ? located : new LocatedReport(located.kind(), lines, located.foreignLines());
  }

  private static List<ConsoleLine> withoutDashEscapes(List<ConsoleLine> lines) {
    if (lines.stream().noneMatch(l -> l.text().contains(DASH_ESCAPE + "-") && ESCAPED_DASH_LINE.matcher(l.text().trim()).matches())) {
      return lines;
    }
    return lines.stream()
        .map(l -> l.text().startsWith(DASH_ESCAPE + "-")
            ? l.withText(l.text().substring(DASH_ESCAPE.length()), Set.of(Envelope.PGP_DASH_ESCAPE))
            : l)
        .toList();
  }

  /** The header's indentation removed from every line that has it: the whole report was indented. */
  private static List<ConsoleLine> withoutIndentation(List<ConsoleLine> lines) {
    String header = lines.get(0).text();
    String indent = header.substring(0, header.length() - header.stripLeading().length());
    if (indent.isEmpty()) {
      return lines;
    }
    return lines.stream()
        .map(l -> l.text().startsWith(indent)
            ? l.withText(l.text().substring(indent.length()), Set.of(Envelope.INDENTATION))
            : l)
        .toList();
  }

  /**
   * When nearly every line is followed by a blank line, an archive doubled the line breaks: a run
   * of blank lines after a line keeps half of its lines (the report's own blank lines).
   */
  private static List<ConsoleLine> withoutDoubledBlanks(List<ConsoleLine> lines) {
    int texts = 0;
    int followed = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        texts++;
        followed += lines.get(i + 1).isBlank() ? 1 : 0;
      }
    }
    if (texts < MIN_DOUBLED_LINES || followed < DOUBLED_SHARE * texts) {
      return lines;
    }
    List<ConsoleLine> out = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      int run = 0;
      while (i + run < lines.size() && lines.get(i + run).isBlank()) {
        run++;
      }
      lines.subList(i, i + run / 2).forEach(out::add);
      i += run;
      if (i < lines.size()) {
        out.add(lines.get(i).withText(lines.get(i).text(), EnumSet.of(Envelope.DOUBLED_BLANK_LINES)));
        i++;
      }
    }
    return out;
  }
}
