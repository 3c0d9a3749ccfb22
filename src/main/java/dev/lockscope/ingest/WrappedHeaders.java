package dev.lockscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Rejoins a report's header that a mail client or a logger broke in two, so that the report is
 * found: a line that starts a header but is not one is held back, and joined with the next line
 * when the two make a header and the next one is the rest of the first (it lacks the console
 * prefix the first has, or neither has one). The joined line keeps the first part's number.
 */
final class WrappedHeaders {

  private ConsoleLine held;

  /** The lines of a whole input, with broken headers rejoined. */
  static List<ConsoleLine> rejoin(List<ConsoleLine> lines) {
    WrappedHeaders headers = new WrappedHeaders();
    List<ConsoleLine> out = new ArrayList<>();
    lines.forEach(line -> headers.accept(line, out::add));
    headers.finish(out::add);
    return out;
  }

  /** Whether a line is held back, waiting for the next one. */
  boolean holdsPart() {
    return held != null;
  }

  /** Takes the next console line and hands on the lines that are settled. */
  void accept(ConsoleLine line, Consumer<ConsoleLine> out) {
    if (held != null) {
      ConsoleLine first = held;
      held = null;
      Optional<ConsoleLine> header = joined(first, line);
      if (header.isPresent()) {
        out.accept(header.get());
        return;
      }
      out.accept(first);
    }
    if (ReportKind.startsHeader(line.text()) && ReportKind.ofLine(line.text()).isEmpty()) {
      held = line;
    } else {
      out.accept(line);
    }
  }

  /** Ends the input: a held line is handed on as it is. */
  void finish(Consumer<ConsoleLine> out) {
    if (held != null) {
      out.accept(held);
      held = null;
    }
  }

  private static Optional<ConsoleLine> joined(ConsoleLine first, ConsoleLine rest) {
    if (rest.isBlank() || rest.prefixed() || !rest.sameChannelAs(first)) {
      return Optional.empty();
    }
    String text = first.text().stripTrailing() + " " + rest.text().trim();
    return ReportKind.ofLine(text).map(kind -> first.withText(text, Set.of(Envelope.WRAPPED_LINES)));
  }
}
