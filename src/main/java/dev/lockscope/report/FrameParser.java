package dev.lockscope.report;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one trace line in any era's format (spec section 2.8). */
public final class FrameParser {

  /** A symbol; ppc64 ELFv1 kernels print a function descriptor's dot before it. */
  private static final String SYMBOL = "(?:\\.?[A-Za-z_$][A-Za-z0-9_.$]*|0x[0-9a-f]{1,16}(?=\\s*$))";
  private static final Pattern MARKER = Pattern.compile("^\\s*<(/?(?:IRQ|TASK|NMI|EOI|SOFTIRQ))>\\s*$");
  private static final Pattern ARM_FRAME =
      Pattern.compile(
          "^\\s*\\[<([0-9a-f]+)>\\] \\((" + SYMBOL + ")(?:\\+(0x[0-9a-f]+/0x[0-9a-f]+))?\\)"
              + "(?: from \\[<[0-9a-f]+>\\] \\(.*\\))?\\s*$");
  private static final Pattern FRAME =
      Pattern.compile(
          "^\\s*(?:\\[[0-9a-f]{8,16}\\]\\s*)?(?:\\[<?\\s*([0-9a-fA-F]+|inline)\\s*>?\\]\\s*)?(\\? )?(" + SYMBOL + ")"
              + "(?:\\+(0x[0-9a-f]+/0x[0-9a-f]+))?"
              + "(?: \\[(?!inline\\])([A-Za-z0-9_\\-]+)\\])?"
              + "(?: ([A-Za-z0-9_./\\-]+\\.[A-Za-z]+):(\\d{1,9}))?"
              + "(?: \\[(?!inline\\])([A-Za-z0-9_\\-]+)\\])?"
              + "( \\[inline\\])?(?: \\((?:[A-Z]|unreliable)\\))?\\s*$");

  /** A 32-bit ARM frame since 5.19, without addresses: {@code func from caller+0x10/0x14}. */
  private static final Pattern ARM_CALLER_FRAME =
      Pattern.compile(
          "^\\s*(" + SYMBOL + ")(\\+0x[0-9a-f]+/0x[0-9a-f]+)? from (?:" + SYMBOL + "|0x[0-9a-f]+)"
              + "(?:\\+0x[0-9a-f]+/0x[0-9a-f]+)?\\s*$");
  /** A frame as scripts/decode_stacktrace.sh prints it: {@code func (file:line ...) [module]}. */
  private static final Pattern DECODED =
      Pattern.compile(
          "^\\s*(\\? )?(" + SYMBOL + ") \\(\\.?/?([A-Za-z0-9_./\\-]+\\.[A-Za-z]+):(\\d{1,9})(?:[^()]|\\([^()]*\\))*\\)"
              + "(?: \\[?([A-Za-z0-9_\\-]+)\\]?)?\\s*$");

  /**
   * An s390 frame in parentheses: the first frame of a trace, found from the return register and
   * not from the stack, so not proven to be on it.
   */
  private static final Pattern S390_GUESSED = Pattern.compile("^\\s*\\((\\[<[0-9a-f]{8,16}>\\] .*)\\)\\s*$");

  /** How many texts each thread remembers: more than the lines of a long report. */
  private static final int RECENT_TEXTS = 512;
  /** The longest text remembered, so that what a thread keeps stays small whatever the input's lines. */
  private static final int REMEMBERED_LENGTH = 1024;
  /**
   * The texts parsed lately on this thread and what they are: the section readers, the envelope
   * and the foreign-line filter each read a report's lines, so most lines are asked about several
   * times.
   */
  private static final ThreadLocal<Map<String, Optional<TraceEntry>>> RECENT =
      ThreadLocal.withInitial(() -> new LinkedHashMap<>(RECENT_TEXTS * 2, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Optional<TraceEntry>> eldest) {
          return size() > RECENT_TEXTS;
        }
      });

  private FrameParser() {}

  /** The trace entry on this line, or empty when the line is not a trace line. */
  public static Optional<TraceEntry> parse(String text, int inputLine) {
    if (text.length() > REMEMBERED_LENGTH) {
      return read(text, inputLine);
    }
    Map<String, Optional<TraceEntry>> recent = RECENT.get();
    Optional<TraceEntry> entry = recent.get(text);
    if (entry == null) {
      entry = read(text, 0);
      recent.put(text, entry);
    }
    return entry.isEmpty() || entry.get().inputLine() == inputLine ? entry : Optional.of(entry.get().at(inputLine));
  }

  private static Optional<TraceEntry> read(String text, int inputLine) {
    char first = firstNonBlank(text);
    if (first == '<') {
      Matcher marker = MARKER.matcher(text);
      return marker.matches() ? Optional.of(new StackMarker(marker.group(1), inputLine)) : Optional.empty();
    }
    if (!mayStartFrame(first)) {
      return Optional.empty();
    }
    Matcher arm = ARM_FRAME.matcher(text);
    if (first == '[' && arm.matches()) {
      return Optional.of(
          new Frame(
              arm.group(2),
              Optional.ofNullable(arm.group(3)),
              Optional.empty(),
              OptionalInt.empty(),
              false,
              Optional.empty(),
              false,
              Optional.of(arm.group(1)),
              inputLine));
    }
    Matcher m = FRAME.matcher(text);
    if (!m.matches()) {
      return armCaller(text, inputLine).or(() -> decoded(text, inputLine)).or(() -> guessed(text, inputLine));
    }
    boolean hasOffset = m.group(4) != null;
    boolean hasFile = m.group(6) != null;
    boolean inline = m.group(9) != null;
    boolean hasAddress = m.group(1) != null;
    boolean bareAddress = m.group(3).startsWith("0x");
    if (!hasOffset && !hasFile && !hasAddress && !bareAddress) {
      return Optional.empty();
    }
    if (!hasOffset && !inline && !hasAddress && !bareAddress) {
      return Optional.empty();
    }
    Optional<String> module = Optional.ofNullable(m.group(5)).or(() -> Optional.ofNullable(m.group(8)));
    return Optional.of(
        new Frame(
            m.group(3),
            Optional.ofNullable(m.group(4)),
            Optional.ofNullable(m.group(6)),
            hasFile ? OptionalInt.of(Numbers.saturatedInt(m.group(7))) : OptionalInt.empty(),
            inline,
            module,
            m.group(2) != null,
            Optional.ofNullable(m.group(1)),
            inputLine));
  }

  /** The first character after the blanks {@code \\s*} skips, or a blank when there is none. */
  private static char firstNonBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isRegexBlank(c)) {
        return c;
      }
    }
    return ' ';
  }

  private static boolean isRegexBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
  }

  /**
   * Whether a frame line of some format may start with {@code c}: an address in brackets, '?', an
   * s390 guess in parentheses or a symbol's first character ('.' on ppc64, or 0x).
   */
  private static boolean mayStartFrame(char c) {
    return c == '[' || c == '?' || c == '(' || c == '.' || c == '_' || c == '$' || c == '0'
        || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static Optional<TraceEntry> armCaller(String text, int inputLine) {
    Matcher a = ARM_CALLER_FRAME.matcher(text);
    if (!a.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Frame(a.group(1), Optional.ofNullable(a.group(2)).map(o -> o.substring(1)), Optional.empty(),
            OptionalInt.empty(), false, Optional.empty(), false, Optional.empty(), inputLine));
  }

  private static Optional<TraceEntry> guessed(String text, int inputLine) {
    Matcher g = S390_GUESSED.matcher(text);
    if (!g.matches()) {
      return Optional.empty();
    }
    return read(g.group(1), inputLine).filter(Frame.class::isInstance).map(Frame.class::cast)
        .map(f -> new Frame(f.function(), f.offset(), f.file(), f.sourceLine(), f.inline(), f.module(), true,
            f.address(), inputLine));
  }

  private static Optional<TraceEntry> decoded(String text, int inputLine) {
    Matcher d = DECODED.matcher(text);
    if (!d.matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Frame(
            d.group(2),
            Optional.empty(),
            Optional.of(d.group(3)),
            OptionalInt.of(Numbers.saturatedInt(d.group(4))),
            false,
            Optional.ofNullable(d.group(5)),
            d.group(1) != null,
            Optional.empty(),
            inputLine));
  }

  /** A frame parsed from a symbol reference such as an {@code at:} site; empty if unparsable. */
  public static Optional<Frame> parseSite(String text, int inputLine) {
    return parse(text, inputLine).filter(Frame.class::isInstance).map(Frame.class::cast);
  }
}
