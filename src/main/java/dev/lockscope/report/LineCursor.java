package dev.lockscope.report;

import dev.lockscope.ingest.ConsoleLine;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A read position over one report's lines, for the section readers. */
final class LineCursor {

  private final List<ConsoleLine> lines;
  private int position;
  private int lastUsedLine;
  private int usedCount = 1;

  LineCursor(List<ConsoleLine> lines) {
    this.lines = lines;
    this.lastUsedLine = lines.isEmpty() ? 0 : lines.get(0).number();
  }

  boolean atEnd() {
    return position >= lines.size();
  }

  ConsoleLine peek() {
    return lines.get(position);
  }

  Optional<ConsoleLine> peekAhead(int offset) {
    int index = position + offset;
    return index < lines.size() ? Optional.of(lines.get(index)) : Optional.empty();
  }

  /** Consumes the current line and returns it. */
  ConsoleLine next() {
    ConsoleLine line = lines.get(position++);
    lastUsedLine = line.number();
    usedCount = position;
    return line;
  }

  void skip() {
    position++;
  }

  /** How many of the report's lines, from the header on, were consumed. */
  int usedCount() {
    return usedCount;
  }

  /** Input line number of the last consumed line. */
  int lastUsedLine() {
    return lastUsedLine;
  }

  /**
   * Looks at most {@code window} lines ahead for a line whose trimmed text matches; when found,
   * moves past it and returns the match. Otherwise the position is unchanged.
   */
  Optional<Matcher> seek(Pattern pattern, int window) {
    return advanceTo(text -> {
      Matcher m = pattern.matcher(text);
      return m.matches() ? Optional.of(m) : Optional.empty();
    }, window);
  }

  /**
   * Looks at most {@code window} lines ahead for a line whose trimmed text passes {@code test};
   * when found, moves past it and returns that text. Otherwise the position is unchanged.
   */
  Optional<String> seekText(Predicate<String> test, int window) {
    return advanceTo(text -> test.test(text) ? Optional.of(text) : Optional.empty(), window);
  }

  /** Moves past the first line at most {@code window} ahead that {@code probe} finds something in. */
  private <T> Optional<T> advanceTo(Function<String, Optional<T>> probe, int window) {
    for (int i = position; i < lines.size() && i <= position + window; i++) {
      Optional<T> found = probe.apply(lines.get(i).text().trim());
      if (found.isPresent()) {
        position = i;
        next();
        return found;
      }
    }
    return Optional.empty();
  }

  /** The input line number of the line consumed last by {@link #seek}. */
  int lineNumber() {
    return lastUsedLine;
  }
}
