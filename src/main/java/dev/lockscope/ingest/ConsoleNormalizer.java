package dev.lockscope.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the console envelope from every line (spec section 1): syslog and journal prefixes,
 * {@code <4>} log levels, {@code dmesg -x} facility columns, kernel and wall-clock times,
 * {@code [ T123]} caller ids, MTK {@code (cpu)[pid:comm]} tags, mail quoting and indentation
 * before a prefix; undoes quoted-printable encoding, rsyslog {@code #012} and {@code \x0a}
 * escapes, {@code ^M} and CRLF. Each output line keeps the number of the input line it came from
 * and says which envelopes were stripped from it ({@link ConsoleLine#undone()}).
 *
 * <p>One instance normalizes one input, line by line ({@link #line}): a continuation line's
 * indent and the quoted-printable state depend on the lines before it. {@link #normalize} does a
 * whole text at once. Each prefix pattern is only tried when the line's first characters allow it,
 * so a line without an envelope costs a few character tests.
 */
public final class ConsoleNormalizer {

  /** Every syslog or journal prefix contains this literal; no other line can set the indent. */
  private static final String SYSLOG_TAG = " kernel:";
  private static final Pattern SYSLOG =
      Pattern.compile(
          "^(?:[A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d"
              + "|\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d\\S*)"
              + " (\\S+)" + SYSLOG_TAG + " ?");
  private static final String BARE_KERNEL_TAG = "kernel: ";
  private static final Pattern LOG_LEVEL = Pattern.compile("^<\\d{1,2}>");
  private static final Pattern DMESG_FACILITY = Pattern.compile("^[a-z]{2,8} *:[a-z]{2,8} *: ");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^\\[\\s*(?:(\\d+\\.\\d+)|\\+?\\d+[.,]\\d+|[A-Z][a-z]{2}\\d{1,2} \\d\\d:\\d\\d(?::\\d\\d)?"
              + "|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \\d]?\\d \\d\\d:\\d\\d:\\d\\d \\d{4})\\]"
              + "(?: ?\\[\\s*([TC]\\d+)\\])? ?");
  private static final Pattern ISO_TIME =
      Pattern.compile("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d[,.]\\d+[+\\-]\\d\\d:?\\d\\d ");
  private static final Pattern CALLER_ONLY = Pattern.compile("^\\[\\s*([TC]\\d+)\\] ?");
  private static final Pattern MTK_TAG = Pattern.compile("^\\((\\d+)\\)\\[(\\d+):[^\\]]*\\]");
  private static final String CARET_M = "^M";
  private static final int MAX_QUOTE_INDENT = 8;
  /** Mail clients and web pages turn blanks into no-break spaces. */
  private static final char NO_BREAK_SPACE = '\u00a0';

  private final QuotedPrintable quotedPrintable = new QuotedPrintable();
  /** Whether a line of the console line being decoded ended in {@code ^M}. */
  private boolean caretSeen;
  private int continuationIndent = -1;
  /** The mail-quote depth of the prefixed line that {@link #continuationIndent} was measured on. */
  private long continuationDepth;
  private String firstHost = "";
  /** A line without a console prefix continues the one before: it was printed by the same caller. */
  private Channel lastChannel = Channel.NONE;
  private boolean severalHosts;

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
    normalizer.finish(out::add);
    if (!out.isEmpty() && text.endsWith("\n")) {
      out.remove(out.size() - 1);
    }
    return out;
  }

  /**
   * Normalizes input line {@code number} (its text without the line feed): one console line per
   * escaped line break, all with that number; nothing while a quoted-printable soft break waits
   * for the rest of its line.
   */
  public void line(int number, String raw, Consumer<ConsoleLine> out) {
    quotedPrintable.accept(number, withoutLineEnd(raw)).ifPresent(decoded -> record(decoded, out));
  }

  /** Ends the input: a soft-broken line still waiting is handed on as it is. */
  public void finish(Consumer<ConsoleLine> out) {
    if (quotedPrintable.holdsPart()) {
      quotedPrintable.accept(0, "").ifPresent(decoded -> record(decoded, out));
    }
  }

  /** Whether the next line must go through {@link #line} because an earlier one waits for it. */
  public boolean holdsPart() {
    return quotedPrintable.holdsPart();
  }

  /**
   * Passes over an input line whose console lines the caller does not need, keeping what later
   * lines depend on (the journal continuation indent, the quoted-printable state).
   */
  public void skip(String raw) {
    if (raw.contains(SYSLOG_TAG) || raw.indexOf('=') >= 0) {
      line(0, raw, ignored -> {});
    }
  }

  private void record(QuotedPrintable.Decoded decoded, Consumer<ConsoleLine> out) {
    EnumSet<Envelope> undone = EnumSet.noneOf(Envelope.class);
    if (decoded.changed()) {
      undone.add(Envelope.QUOTED_PRINTABLE);
    }
    if (caretSeen) {
      undone.add(Envelope.CARRIAGE_RETURN);
      caretSeen = false;
    }
    String line = decoded.text();
    if (line.indexOf(NO_BREAK_SPACE) >= 0) {
      undone.add(Envelope.NO_BREAK_SPACE);
      line = line.replace(NO_BREAK_SPACE, ' ');
    }
    for (String piece : pieces(line, undone)) {
      out.accept(piece(decoded.number(), piece, EnumSet.copyOf(undone)));
    }
  }

  /**
   * The line without its carriage return ({@code \r}, or {@code ^M} shown as text), taken off
   * before a quoted-printable soft break at the end of the line is looked for.
   */
  private String withoutLineEnd(String raw) {
    String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
    if (line.endsWith(CARET_M)) {
      caretSeen = true;
      line = line.substring(0, line.length() - CARET_M.length());
    }
    return line;
  }

  /** The console lines of one input line: rsyslog and {@code \x0a} escapes are line breaks. */
  private static String[] pieces(String line, Set<Envelope> undone) {
    String[] pieces = {line};
    if (line.indexOf('#') >= 0 && line.contains("#012")) {
      undone.add(Envelope.OCTAL_ESCAPE);
      pieces = line.replace("#011", "\t").split("#012", -1);
    } else if (line.indexOf('\\') >= 0 && line.contains("\\x0a")) {
      undone.add(Envelope.HEX_ESCAPE);
      pieces = line.replace("\\x09", "\t").split("\\\\x0a", -1);
    }
    return pieces;
  }

  private ConsoleLine piece(int number, String piece, EnumSet<Envelope> undone) {
    Stripped stripped = strip(piece, undone);
    Channel channel = stripped.prefixWidth > 0 || stripped.continued ? stripped.channel : stripped.channel.inherit(lastChannel);
    lastChannel = channel;
    if (stripped.channel.host().isEmpty() || firstHost.isEmpty()) {
      firstHost = firstHost.isEmpty() ? stripped.channel.host() : firstHost;
    } else if (!firstHost.equals(stripped.channel.host())) {
      severalHosts = true;
    }
    if (severalHosts && !stripped.channel.host().isEmpty()) {
      undone.add(Envelope.SEVERAL_HOSTS);
    }
    return new ConsoleLine(number, stripped.text, channel, undone, stripped.prefixWidth > 0 || stripped.continued, piece.length());
  }

  /**
   * A line without its envelope: {@code prefixWidth} is the width of the console prefix (time or
   * syslog stamp) it began with, 0 when none.
   */
  private record Stripped(String text, Channel channel, int prefixWidth, boolean continued) {}

  private Stripped strip(String line, Set<Envelope> undone) {
    Channel channel = Channel.NONE;
    String rest = line;
    int quoteEnd = startsWithin(rest, '>', MAX_QUOTE_INDENT) ? quoteEnd(rest) : 0;
    long depth = quoteEnd == 0 ? 0 : rest.substring(0, quoteEnd).chars().filter(c -> c == '>').count();
    if (depth > 0) {
      channel = new Channel(">" + depth, "", "");
      rest = rest.substring(quoteEnd);
      undone.add(Envelope.MAIL_QUOTE);
    }
    int unquoted = rest.length();
    int indent = indentBeforePrefix(rest);
    if (indent > 0) {
      undone.add(Envelope.INDENTATION);
      rest = rest.substring(indent);
    }
    int before = rest.length();
    Optional<Matcher> syslog = mayBeSyslog(rest) ? found(SYSLOG, rest) : Optional.empty();
    boolean continued = false;
    if (syslog.isPresent()) {
      undone.add(Envelope.SYSLOG);
      channel = channel.withHost(syslog.get().group(1));
      rest = rest.substring(syslog.get().end());
    } else if (continuationIndent > 0 && depth == continuationDepth && leadingSpaces(rest) >= continuationIndent) {
      undone.add(Envelope.CONTINUATION_INDENT);
      rest = rest.substring(continuationIndent);
      continued = true;
    }
    rest = rest.startsWith(BARE_KERNEL_TAG) ? rest.substring(BARE_KERNEL_TAG.length()) : rest;
    rest = removeIf(rest.startsWith("<"), LOG_LEVEL, rest, Envelope.LOG_LEVEL, undone);
    rest = removeIf(mayBeFacility(rest), DMESG_FACILITY, rest, Envelope.DMESG_FACILITY, undone);
    rest = removeIf(rest.length() > 25 && Character.isDigit(rest.charAt(0)), ISO_TIME, rest, Envelope.HUMAN_TIME, undone);
    Optional<Matcher> stamp = stamp(rest);
    if (stamp.isPresent()) {
      Matcher m = stamp.get();
      boolean time = m.pattern() == TIMESTAMP;
      undone.add(!time ? Envelope.CALLER_ID : m.group(1) != null ? Envelope.TIMESTAMP : Envelope.HUMAN_TIME);
      String caller = m.group(time ? 2 : 1);
      if (caller != null) {
        undone.add(Envelope.CALLER_ID);
        channel = channel.withCaller(caller);
      }
      rest = rest.substring(m.end());
    }
    Optional<Matcher> mtk = rest.startsWith("(") ? found(MTK_TAG, rest) : Optional.empty();
    if (mtk.isPresent()) {
      undone.add(Envelope.MTK_TAG);
      channel = channel.withCaller("P" + mtk.get().group(2));
      rest = rest.substring(mtk.get().end());
    }
    boolean timed = syslog.isPresent() || stamp.filter(m -> m.pattern() == TIMESTAMP).isPresent();
    if (timed) {
      continuationIndent = unquoted - rest.length();
      continuationDepth = depth;
    }
    return new Stripped(rest, channel, timed ? line.length() - rest.length() : 0, continued);
  }

  /** Blanks before a console prefix (a pasted log indented as a whole); 0 when none. */
  private static int indentBeforePrefix(String text) {
    int i = 0;
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    if (i == 0 || i == text.length()) {
      return 0;
    }
    String rest = text.substring(i);
    boolean prefix = (rest.startsWith("[") && stamp(rest).isPresent())
        || (rest.startsWith("<") && found(LOG_LEVEL, rest).isPresent())
        || rest.startsWith(BARE_KERNEL_TAG)
        || (mayBeSyslog(rest) && found(SYSLOG, rest).isPresent());
    return prefix ? i : 0;
  }

  private static String removeIf(boolean candidate, Pattern prefix, String text, Envelope envelope, Set<Envelope> undone) {
    if (!candidate) {
      return text;
    }
    int end = prefixEnd(prefix, text);
    if (end < 0) {
      return text;
    }
    undone.add(envelope);
    return text.substring(end);
  }

  /** A timestamp, with or without a caller id, or a caller id alone. */
  private static Optional<Matcher> stamp(String text) {
    return text.startsWith("[") ? found(TIMESTAMP, text).or(() -> found(CALLER_ONLY, text)) : Optional.empty();
  }

  /** The match of {@code prefix} (anchored with '^') at the start of {@code text}. */
  private static Optional<Matcher> found(Pattern prefix, String text) {
    Matcher m = prefix.matcher(text);
    return m.lookingAt() ? Optional.of(m) : Optional.empty();
  }

  /**
   * Where mail quoting ends: a few blanks (a quoted mail pasted into an indented block), then '>'
   * marks each followed by at most one blank;
   * 0 when the line is not quoted. Scanned, not matched: a line of thousands of '>' must not
   * exhaust the stack.
   */
  private static int quoteEnd(String text) {
    int i = 0;
    while (i < MAX_QUOTE_INDENT && i < text.length() && isBlank(text.charAt(i))) {
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

  /** Whether {@code c} is among the first {@code maxIndex + 1} characters of {@code text}. */
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
    return m.lookingAt() ? m.end() : -1;
  }

  private static int leadingSpaces(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
