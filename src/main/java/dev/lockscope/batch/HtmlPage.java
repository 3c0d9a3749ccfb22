package dev.lockscope.batch;

import dev.lockscope.explain.Html;
import dev.lockscope.ingest.IoErrors;
import dev.lockscope.verify.Verdict;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code --html} page: one self-contained file (inline CSS and SVG, no script, no external
 * reference) with the summary, then the groups of duplicates by signature with the syzbot titles of
 * their members, then each member's section. Sections arrive in input order and are spooled to a
 * temporary file; only their offsets stay in memory until the page is written at the end. A write
 * error is the command's: kept, then reported by {@link #write}.
 */
final class HtmlPage implements AutoCloseable {

  private static final String STYLE = """
      body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#222}
      table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 8px;text-align:left}
      td.n{text-align:right}.verdict{font-weight:bold}.CONFIRMED{color:#186a1e}.CONTRADICTED{color:#b01010}
      .INCOMPLETE{color:#9a6400}.group{border-top:2px solid #888;margin-top:1.5em}
      pre{background:#f6f6f6;padding:.5em;white-space:pre-wrap}details.report{margin:.4em 0 .4em 1em}
      svg.graph{display:block;margin:.5em 0}svg .class rect{fill:#eef3fb;stroke:#345}
      svg .class text{font:12px monospace;fill:#123}svg .dep{stroke:#b01010;fill:none;stroke-width:1.5}
      svg .head{fill:#b01010}.split,.merged{color:#b01010}
      """;

  private final Path target;
  private final Path spool;
  private final OutputStream spoolOut;
  private final Map<String, Spans> sections = new HashMap<>();
  private long spooled;
  private Optional<IOException> failure = Optional.empty();

  /** A page to be written to {@code target}, which is created (empty) at once so that a bad path fails first. */
  HtmlPage(Path target) {
    this.target = target;
    try {
      Files.newOutputStream(target).close();
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": cannot write: " + IoErrors.describe(e), e);
    }
    try {
      this.spool = Files.createTempFile("lockscope-html", ".part");
      this.spoolOut = new BufferedOutputStream(Files.newOutputStream(spool));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary file for the HTML page: " + IoErrors.describe(e), e);
    }
  }

  /** Keeps a report's section for its group. */
  void add(Rendered rendered) {
    if (!(rendered.record() instanceof FileRecord.Report report) || rendered.html().isEmpty() || failure.isPresent()) {
      return;
    }
    byte[] bytes = rendered.html().getBytes(StandardCharsets.UTF_8);
    try {
      spoolOut.write(bytes);
    } catch (IOException e) {
      failure = Optional.of(e);
    }
    sections.computeIfAbsent(report.outcome().signature(), s -> new Spans()).add(spooled, bytes.length);
    spooled += bytes.length;
  }

  /** Writes the page. */
  void write(Summary summary) {
    try {
      spoolOut.flush();
      failure.ifPresent(HtmlPage::rethrow);
      writePage(target, summary);
    } catch (IOException e) {
      throw new UncheckedIOException(target + ": cannot write: " + IoErrors.describe(e), e);
    }
  }

  private static void rethrow(IOException e) {
    throw new UncheckedIOException("cannot write the HTML page's sections: " + IoErrors.describe(e), e);
  }

  private void writePage(Path file, Summary summary) throws IOException {
    try (OutputStream page = new BufferedOutputStream(Files.newOutputStream(file));
        RandomAccessFile parts = new RandomAccessFile(spool.toFile(), "r")) {
      text(page, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
          + "<title>lockscope batch</title><style>" + STYLE + "</style></head><body>\n");
      text(page, head(summary));
      for (SignatureGroup group : summary.groups()) {
        text(page, groupHeading(group, summary.mergedTitles().keySet()));
        sections.getOrDefault(group.signature(), new Spans()).copy(parts, page);
        text(page, "</section>\n");
      }
      text(page, "</body></html>\n");
    }
  }

  private static String head(Summary summary) {
    StringBuilder html = new StringBuilder("<h1>lockscope batch</h1>\n<section id=\"summary\"><h2>Summary</h2>\n");
    html.append(String.format(Locale.ROOT, "<p>%d files (%.1f MB), %d reports, %d without a report, %d errors, %d distinct signatures.</p>%n",
        summary.files(), summary.bytes() / 1e6, summary.reports(), summary.withoutReport(), summary.errors(),
        summary.groups().size()));
    html.append("<table><tr><th>kind</th>");
    for (Verdict v : Verdict.values()) {
      html.append("<th class=\"").append(v.name()).append("\">").append(v.name()).append("</th>");
    }
    html.append("</tr>\n");
    summary.byKind().forEach((kind, counts) -> {
      html.append("<tr><td>").append(Html.escape(kind)).append("</td>");
      for (Verdict v : Verdict.values()) {
        html.append("<td class=\"n\">").append(counts.getOrDefault(v, 0L)).append("</td>");
      }
      html.append("</tr>\n");
    });
    html.append("</table>\n<h3>Top lock classes</h3>\n<table>");
    summary.lockClasses().stream().limit(SummaryRenderer.TOP).forEach(e -> html.append("<tr><td class=\"n\">")
        .append(e.getValue()).append("</td><td>").append(Html.escape(e.getKey())).append("</td></tr>"));
    return html.append("</table>\n</section>\n<h2>Groups of duplicates by signature</h2>\n").toString();
  }

  private static String groupHeading(SignatureGroup group, Set<String> mergedTitles) {
    StringBuilder html = new StringBuilder("<section class=\"group\"><h3>")
        .append(group.signature()).append(" &middot; ").append(Html.escape(group.kind()))
        .append(" &middot; ").append(Html.escape(String.join(", ", group.locks())))
        .append(" &middot; ").append(group.reports()).append(group.reports() == 1 ? " report" : " reports").append("</h3>\n");
    html.append("<p>syzbot titles").append(group.titles().size() > 1 ? " <span class=\"split\">(title-based grouping splits this bug)</span>" : "").append(":</p><ul>");
    group.titles().forEach(t -> html.append("<li>").append(Html.escape(t.getKey())).append(" &times; ").append(t.getValue())
        .append(mergedTitles.contains(t.getKey()) ? " <span class=\"merged\">(also the title of other signatures)</span>" : "")
        .append("</li>"));
    return html.append("</ul>\n").toString();
  }

  private static void text(OutputStream out, String text) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Where the sections of one group lie in the spool file. */
  private static final class Spans {

    private long[] offsets = new long[4];
    private int[] lengths = new int[4];
    private int count;

    void add(long offset, int length) {
      if (count == offsets.length) {
        offsets = Arrays.copyOf(offsets, count * 2);
        lengths = Arrays.copyOf(lengths, count * 2);
      }
      offsets[count] = offset;
      lengths[count++] = length;
    }

    void copy(RandomAccessFile from, OutputStream to) throws IOException {
      for (int i = 0; i < count; i++) {
        byte[] bytes = new byte[lengths[i]];
        from.seek(offsets[i]);
        from.readFully(bytes);
        to.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    try {
      spoolOut.close();
      Files.deleteIfExists(spool);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the temporary file " + spool + ": " + IoErrors.describe(e), e);
    }
  }
}
