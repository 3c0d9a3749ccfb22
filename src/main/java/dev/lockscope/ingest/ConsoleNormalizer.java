package dev.lockscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the console envelope from every line (spec section 1): syslog and journal prefixes,
 * {@code <4>} log levels, {@code dmesg -x} facility columns, timestamps, {@code [ T123]} caller
 * ids, MTK {@code (cpu)[pid:comm]} tags and mail quoting; undoes rsyslog {@code #012} escapes and
 * CRLF. Each output line keeps the number of the input line it came from.
 *
 * <p>One instance normalizes one input, line by line ({@link #line}): the journal continuation
 * indent of a line depends on the lines before it. {@link #normalize} does a whole text at once.
 * Each prefix pattern is only tried when the line's first characters allow it, so a line without
 * an envelope costs a few character tests.
 */
public final class ConsoleNormalizer {

  /** Every syslog or journal prefix contains this literal; no other line can set the indent. */
  private static final String SYSLOG_TAG = " kernel:";
  private static final Pattern SYSLOG =
      Pattern.compile(
          "^(?:[A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d"
              + "|\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d\\S*)"
              + " \\S+" + SYSLOG_TAG + " ?");
  private static final String BARE_KERNEL_TAG = "kernel: ";
  private static final Pattern LOG_LEVEL = Pattern.compile("^<\\d{1,2}>");
  private static final Pattern DMESG_FACILITY = Pattern.compile("^[a-z]{2,8} *:[a-z]{2,8} *: ");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^\\[\\s*(?:\\+?\\d+[.,]\\d+|[A-Z][a-z]{2}\\d{1,2} \\d\\d:\\d\\d(?::\\d\\d)?)\\]"
              + "(?:\\[\\s*([TC]\\d+)\\])? ?");
  private static final Pattern CALLER_ONLY = Pattern.compile("^\\[\\s*([TC]\\d+)\\] ?");
  private static final Pattern MTK_TAG = Pattern.compile("^\\((\\d+)\\)\\[(\\d+):[^\\]]*\\]");

  private int continuationIndent = -1;

  /** A normalizer for one input, to be fed its lines in order. */
  public ConsoleNormalizer() {}

  /** Normalizes a whole decoded input. */
  public static List<ConsoleLine> normalize(String text) {
    ConsoleNormalizer normalizer = new ConsoleNormalizer();
    List<ConsoleLine> out = new ArrayList<>();
    int number = 0;
    int start = 0;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      normalizer.line(++number, text.substring(start, end), out::add);
      if (end == text.length()) {
        break;
      }
      start = end + 1;
    }
    if (!out.isEmpty() && text.endsWith("\n")) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * Normalizes input line {@code number} (its text without the line feed): one console line per
   * rsyslog {@code #012} piece, all with that number.
   */
  public void line(int number, String raw, Consumer<ConsoleLine> out) {
    String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
    if (line.indexOf('#') < 0) {
      out.accept(piece(number, line));
      return;
    }
    for (String piece : line.replace("#011", "\t").split("#012", -1)) {
      out.accept(piece(number, piece));
    }
  }

  /**
   * Passes over an input line whose console lines the caller does not need, keeping what later
   * lines depend on (the journal continuation indent, which only a syslog prefix sets).
   */
  public void skip(String raw) {
    if (raw.contains(SYSLOG_TAG)) {
      line(0, raw, ignored -> {});
    }
  }

  private ConsoleLine piece(int number, String piece) {
    Stripped stripped = strip(piece, continuationIndent);
    continuationIndent = stripped.syslogWidth >= 0 ? stripped.syslogWidth : continuationIndent;
    return new ConsoleLine(number, stripped.text, stripped.channel);
  }

  private record Stripped(String text, String channel, int syslogWidth) {}

  private static Stripped strip(String line, int continuationIndent) {
    String channel = "";
    String rest = line;
    int quoteEnd = startsWithin(rest, '>', 2) ? quoteEnd(rest) : 0;
    long depth = rest.substring(0, quoteEnd).chars().filter(c -> c == '>').count();
    if (depth > 0) {
      channel = ">" + depth;
      rest = rest.substring(quoteEnd);
    }
    int syslogWidth = mayBeSyslog(rest) ? prefixEnd(SYSLOG, rest) : -1;
    if (syslogWidth >= 0) {
      rest = rest.substring(syslogWidth);
    } else if (continuationIndent > 0 && leadingSpaces(rest) >= continuationIndent) {
      rest = rest.substring(continuationIndent);
    }
    rest = rest.startsWith(BARE_KERNEL_TAG) ? rest.substring(BARE_KERNEL_TAG.length()) : rest;
    rest = rest.startsWith("<") ? removePrefix(LOG_LEVEL, rest) : rest;
    rest = mayBeFacility(rest) ? removePrefix(DMESG_FACILITY, rest) : rest;
    Optional<Matcher> stamp = stamp(rest);
    if (stamp.isPresent()) {
      channel = stamp.get().group(1) != null ? stamp.get().group(1) : channel;
      rest = rest.substring(stamp.get().end());
    }
    Optional<Matcher> mtk = rest.startsWith("(") ? found(MTK_TAG, rest) : Optional.empty();
    if (mtk.isPresent()) {
      channel = "P" + mtk.get().group(2);
      rest = rest.substring(mtk.get().end());
    }
    return new Stripped(rest, channel, syslogWidth);
  }

  /** A timestamp, with or without a caller id, or a caller id alone. */
  private static Optional<Matcher> stamp(String text) {
    return text.startsWith("[") ? found(TIMESTAMP, text).or(() -> found(CALLER_ONLY, text)) : Optional.empty();
  }

  private static Optional<Matcher> found(Pattern prefix, String text) {
    Matcher m = prefix.matcher(text);
    return m.find() ? Optional.of(m) : Optional.empty();
  }

  /** Whether {@code c} is among the first {@code maxIndex + 1} characters of {@code text}. */
  /**
   * Where mail quoting ends: up to two blanks, then '>' marks each followed by at most one blank;
   * 0 when the line is not quoted. Scanned, not matched: a line of thousands of '>' must not
   * exhaust the stack.
   */
  private static int quoteEnd(String text) {
    int i = 0;
    while (i < 2 && i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    int end = 0;
    while (i < text.length() && text.charAt(i) == '>') {
      i++;
      if (i < text.length() && isBlank(text.charAt(i))) {
        i++;
      }
      end = i;
    }
    return end;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean startsWithin(String text, char c, int maxIndex) {
    for (int i = 0; i <= maxIndex && i < text.length(); i++) {
      if (text.charAt(i) == c) {
        return true;
      }
    }
    return false;
  }

  private static boolean mayBeSyslog(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return ((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9')) && text.contains(SYSLOG_TAG);
  }

  private static boolean mayBeFacility(String text) {
    return text.length() > 2 && isLower(text.charAt(0)) && isLower(text.charAt(1)) && text.indexOf(':') > 0;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static int prefixEnd(Pattern prefix, String text) {
    Matcher m = prefix.matcher(text);
    return m.find() ? m.end() : -1;
  }

  private static String removePrefix(Pattern prefix, String text) {
    int end = prefixEnd(prefix, text);
    return end >= 0 ? text.substring(end) : text;
  }

  private static int leadingSpaces(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
