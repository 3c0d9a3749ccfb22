package dev.lockscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Finds every lockdep report of an input, reading it line by line and handing each report on as
 * soon as it is complete, in header order. A report starts at a header line of {@link ReportKind}
 * and runs, on the header's channel (lines of other callers or quote depths are foreign to it), up
 * to the next header on that channel or at most {@link #MAX_REPORT_LINES} lines; the report parser
 * then decides where its grammar ends. Only the lines of the reports still open are held.
 * While no report is open, a line without a header word is passed over without being normalized.
 */
public final class StreamingLocator {

  /** No lockdep report is longer; the cap keeps memory bounded on huge logs. */
  public static final int MAX_REPORT_LINES = 3000;
  /** How many lines of a lockdep-internal report a WARN at lockdep.c may follow and still be its. */
  public static final int WARNING_LINES = 3;

  private final Consumer<LocatedReport> sink;
  private final ConsoleNormalizer normalizer = new ConsoleNormalizer();
  private final WrappedHeaders headers = new WrappedHeaders();
  private final List<OpenReport> open = new ArrayList<>();
  private int number;

  /** A locator for one input, handing every report it completes to {@code sink}. */
  public StreamingLocator(Consumer<LocatedReport> sink) {
    this.sink = sink;
  }

  /**
   * Reads {@code in} to its end (bytes decoded like {@link InputDecoder}) and locates its reports.
   * When reading fails part way (a truncated {@code .gz}), the reports read so far are handed on,
   * cut where the input broke, before the exception.
   */
  public static void locate(InputStream in, Consumer<LocatedReport> sink) throws IOException {
    StreamingLocator locator = new StreamingLocator(sink);
    try {
      InputDecoder.forEachLine(in, locator::accept);
    } catch (IOException e) {
      locator.finish();
      throw e;
    }
    locator.finish();
  }

  /** Locates the reports of the first {@code length} bytes of {@code input}, as {@link #locate(InputStream, Consumer)} does. */
  public static void locate(byte[] input, int length, Consumer<LocatedReport> sink) {
    StreamingLocator locator = new StreamingLocator(sink);
    InputDecoder.forEachLine(input, length, locator::accept);
    locator.finish();
  }

  /**
   * Whether the first {@code length} bytes of {@code input}, once decoded, may hold a report at all:
   * one of the header keys occurs in them, or a control byte that decoding drops might split one. A
   * {@code false} is final and cheap: no line is decoded.
   */
  public static boolean mayHoldReport(byte[] input, int length) {
    return ReportKind.mayContainHeader(new String(input, 0, length, StandardCharsets.ISO_8859_1)) || hasDroppedByte(input, length);
  }

  private static boolean hasDroppedByte(byte[] input, int length) {
    for (int i = 0; i < length; i++) {
      byte b = input[i];
      if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
        return true;
      }
    }
    return false;
  }

  /** Takes the next input line, decoded, without its line feed. */
  public void accept(String rawLine) {
    number++;
    if (open.isEmpty() && !normalizer.holdsPart() && !headers.holdsPart() && !ReportKind.mayContainHeader(rawLine)) {
      normalizer.skip(rawLine);
      return;
    }
    normalizer.line(number, rawLine, line -> headers.accept(line, this::consoleLine));
  }

  /** Ends the input: every open report is complete. */
  public void finish() {
    normalizer.finish(line -> headers.accept(line, this::consoleLine));
    headers.finish(this::consoleLine);
    open.forEach(OpenReport::close);
    emitCompleted();
  }

  private void consoleLine(ConsoleLine line) {
    Optional<ReportKind> header = ReportKind.ofLine(line.text()).filter(kind -> !continuesWarning(kind, line));
    for (OpenReport report : open) {
      report.offer(line, header.isPresent());
    }
    header.ifPresent(kind -> open.add(new OpenReport(kind, line)));
    emitCompleted();
  }

  /**
   * Whether a lockdep-internal header line belongs to the lockdep-internal report just opened on
   * its channel: a WARN at lockdep.c and the message lockdep printed with it ({@code
   * DEBUG_LOCKS_WARN_ON(...)}, {@code downgrading a read lock}) are one report, in either order.
   */
  private boolean continuesWarning(ReportKind kind, ConsoleLine line) {
    return kind == ReportKind.LOCKDEP_INTERNAL
        && open.stream().anyMatch(r -> !r.closed && r.kind == kind && r.header.sameChannelAs(line) && r.own.size() <= WARNING_LINES);
  }

  private void emitCompleted() {
    while (!open.isEmpty() && open.get(0).closed) {
      sink.accept(open.remove(0).located());
    }
  }

  /** A report whose header was seen, collecting its own lines and the foreign ones in between. */
  private static final class OpenReport {

    private final ReportKind kind;
    private final ConsoleLine header;
    private final List<ConsoleLine> own = new ArrayList<>();
    private final List<Integer> foreign = new ArrayList<>();
    private boolean closed;

    OpenReport(ReportKind kind, ConsoleLine header) {
      this.kind = kind;
      this.header = header;
      own.add(header);
    }

    /** The next line: a header on this report's channel ends it, and so does the line cap. */
    void offer(ConsoleLine line, boolean isHeader) {
      if (closed) {
        return;
      }
      if (!line.sameChannelAs(header)) {
        foreign.add(line.number());
      } else if (isHeader) {
        closed = true;
      } else {
        own.add(line);
        closed = own.size() >= MAX_REPORT_LINES;
      }
    }

    void close() {
      closed = true;
    }

    LocatedReport located() {
      return new LocatedReport(kind, own, foreign);
    }
  }
}
