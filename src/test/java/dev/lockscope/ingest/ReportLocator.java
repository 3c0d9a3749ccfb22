package dev.lockscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reference the streaming {@link StreamingLocator} is tested against: the locating rule stated
 * over a whole input at once. A report starts at a header line of {@link ReportKind} and runs, on
 * the header's channel, up to the next header on that channel or at most
 * {@link StreamingLocator#MAX_REPORT_LINES} lines.
 */
public final class ReportLocator {

  private ReportLocator() {}

  public static List<LocatedReport> locate(List<ConsoleLine> normalized) {
    List<ConsoleLine> lines = WrappedHeaders.rejoin(normalized);
    List<Integer> headers = new ArrayList<>();
    List<ReportKind> kinds = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Optional<ReportKind> kind = ReportKind.ofLine(lines.get(i).text());
      if (kind.isPresent()) {
        headers.add(i);
        kinds.add(kind.get());
      }
    }
    List<LocatedReport> reports = new ArrayList<>();
    for (int h = 0; h < headers.size(); h++) {
      reports.add(collect(lines, headers, h, kinds.get(h)));
    }
    return reports;
  }

  private static LocatedReport collect(
      List<ConsoleLine> lines, List<Integer> headers, int h, ReportKind kind) {
    int start = headers.get(h);
    ConsoleLine header = lines.get(start);
    List<ConsoleLine> own = new ArrayList<>();
    List<Integer> foreign = new ArrayList<>();
    own.add(header);
    int nextHeader = nextHeaderOnChannel(lines, headers, h, header);
    for (int i = start + 1; i < nextHeader && own.size() < StreamingLocator.MAX_REPORT_LINES; i++) {
      ConsoleLine line = lines.get(i);
      if (line.sameChannelAs(header)) {
        own.add(line);
      } else {
        foreign.add(line.number());
      }
    }
    return new LocatedReport(kind, own, foreign);
  }

  private static int nextHeaderOnChannel(
      List<ConsoleLine> lines, List<Integer> headers, int h, ConsoleLine header) {
    for (int next = h + 1; next < headers.size(); next++) {
      int index = headers.get(next);
      if (lines.get(index).sameChannelAs(header)) {
        return index;
      }
    }
    return lines.size();
  }
}
