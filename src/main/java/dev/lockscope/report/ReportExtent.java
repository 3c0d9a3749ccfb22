package dev.lockscope.report;

import dev.lockscope.ingest.Envelope;
import dev.lockscope.ingest.ReportKind;
import java.util.List;
import java.util.Optional;

/**
 * What every parsed report has: its kind, the header as printed, the kernel ident, which input
 * lines it used, the interleaved foreign lines it skipped and the mandatory sections it lacks.
 *
 * @param ident the kernel ident line ({@code 5.5.0-syzkaller #0 Not tainted}), if printed
 * @param lineCount how many of the located report's lines (header first, foreign lines not
 *     counted) the report uses; several console lines can share one input line number
 * @param missingSections the mandatory sections not found, in report order; a non-empty list
 *     means the report is cut or corrupted
 * @param envelope what was undone on the report's lines before it was read (prefixes, escapes,
 *     quoting, wrapping), in {@link Envelope} order
 */
public record ReportExtent(
    ReportKind kind,
    String header,
    Optional<String> ident,
    int firstLine,
    int lastLine,
    int lineCount,
    List<Integer> foreignLines,
    List<String> missingSections,
    List<Envelope> envelope) {

  public ReportExtent {
    foreignLines = List.copyOf(foreignLines);
    missingSections = List.copyOf(missingSections);
    envelope = List.copyOf(envelope);
  }

  public boolean complete() {
    return missingSections.isEmpty();
  }
}
