package dev.lockscope.envelope;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ways text gets mangled on its way from a console into a mail, an issue or a bug tracker,
 * each written the way the tool that does it writes it: a mail client wrapping at a width,
 * quoted-printable transfer encoding, indentation of a code block, {@code dmesg -T} times, a
 * terminal's {@code ^M}, a reply's {@code > } quoting re-wrapped by the client.
 */
enum Manglings {
  WRAPPED_72(text -> wrapEach(text, 72, "")),
  WRAPPED_80(text -> wrapEach(text, 80, "")),
  QUOTED_PRINTABLE(Manglings::quotedPrintable),
  INDENTED_4(text -> prefixEach(text, "    ")),
  INDENTED_TAB(text -> prefixEach(text, "\t")),
  DMESG_T(Manglings::humanTimes),
  CARET_M(text -> suffixEach(text, "^M")),
  QUOTED_REWRAPPED(text -> wrapEach(prefixEach(text, "> "), 72, null));

  private static final Pattern KERNEL_TIME = Pattern.compile("\\[ *\\d+\\.\\d+\\]");
  /** Where a kernel message starts: after mail quoting, a syslog tag or a log level. */
  private static final Pattern MESSAGE_START = Pattern.compile("^(?:[ >]*>[ ]?)?(?:.*? kernel: ?)?(?:<\\d>)?");
  private static final int QP_WIDTH = 76;
  private static final Pattern QUOTE_MARKS = Pattern.compile("^(?:> ?)+");

  private final UnaryOperator<String> rewrite;

  Manglings(UnaryOperator<String> rewrite) {
    this.rewrite = rewrite;
  }

  String apply(String text) {
    return rewrite.apply(text);
  }

  private static List<String> lines(String text) {
    return List.of(text.split("\n", -1));
  }

  private static String prefixEach(String text, String prefix) {
    return String.join("\n", lines(text).stream().map(l -> l.isEmpty() ? l : prefix + l).toList());
  }

  /** Every line ends with {@code suffix}; a final line feed stays the end of the text. */
  private static String suffixEach(String text, String suffix) {
    boolean ended = text.endsWith("\n");
    String body = ended ? text.substring(0, text.length() - 1) : text;
    return String.join("\n", lines(body).stream().map(l -> l + suffix).toList()) + (ended ? "\n" : "");
  }

  /**
   * Every line longer than {@code width} broken as a mail client breaks it: at the last blank
   * that leaves at most {@code width} characters (that blank dropped), or at the first blank after
   * when a word is longer; a continuation starts with {@code continuation}, or with the line's own
   * quote marks when that is null (a mail client re-wrapping a quoted mail).
   */
  static String wrapEach(String text, int width, String continuation) {
    List<String> out = new ArrayList<>();
    for (String line : lines(text)) {
      Matcher marks = QUOTE_MARKS.matcher(line);
      String quote = continuation != null ? continuation : marks.lookingAt() ? marks.group() : "";
      String rest = line;
      boolean first = true;
      while (true) {
        String current = first ? rest : quote + rest;
        int cut = breakAt(current, width, first ? 0 : quote.length());
        if (cut < 0) {
          out.add(current);
          break;
        }
        out.add(current.substring(0, cut));
        rest = current.substring(cut + 1);
        first = false;
      }
    }
    return String.join("\n", out);
  }

  /** Where a line longer than the width breaks: a blank after {@code from}, or -1. */
  private static int breakAt(String line, int width, int from) {
    if (line.length() <= width) {
      return -1;
    }
    int cut = line.lastIndexOf(' ', width);
    if (cut <= from || line.substring(from, cut).isBlank()) {
      cut = line.indexOf(' ', width);
      while (cut >= 0 && cut < line.length() - 1 && line.charAt(cut + 1) == ' ') {
        cut++;
      }
    }
    return cut <= from || cut >= line.length() - 1 ? -1 : cut;
  }

  /** Quoted-printable as RFC 2045 writes it: '=' and bytes outside ASCII escaped, soft breaks at 76. */
  static String quotedPrintable(String text) {
    List<String> out = new ArrayList<>();
    for (String line : lines(text)) {
      StringBuilder encoded = new StringBuilder();
      byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < bytes.length; i++) {
        int b = bytes[i] & 0xff;
        boolean trailingBlank = (b == ' ' || b == '\t') && i == bytes.length - 1;
        encoded.append(b == '=' || b > 126 || trailingBlank ? "=%02X".formatted(b) : String.valueOf((char) b));
      }
      softBreak(encoded.toString(), out);
    }
    return String.join("\n", out);
  }

  private static void softBreak(String encoded, List<String> out) {
    String rest = encoded;
    while (rest.length() > QP_WIDTH) {
      int cut = QP_WIDTH - 1;
      int escape = rest.lastIndexOf('=', cut - 1);
      if (escape >= cut - 2) {
        cut = escape;
      }
      out.add(rest.substring(0, cut) + "=");
      rest = rest.substring(cut);
    }
    out.add(rest);
  }

  /**
   * {@code dmesg -T}: every kernel time shown as a wall-clock time; in a text without kernel times,
   * every message gets one where its text starts (after quoting, a syslog tag, a log level).
   */
  private static String humanTimes(String text) {
    List<String> out = new ArrayList<>();
    int second = 0;
    boolean timed = KERNEL_TIME.matcher(text).find();
    for (String line : lines(text)) {
      String stamp = "[Mon Nov 24 12:%02d:%02d 2025]".formatted(second / 60 % 60, second % 60);
      second++;
      Matcher m = KERNEL_TIME.matcher(line);
      if (m.find()) {
        out.add(line.substring(0, m.start()) + stamp + line.substring(m.end()));
      } else {
        Matcher start = MESSAGE_START.matcher(line);
        int at = start.lookingAt() ? start.end() : 0;
        out.add(timed || line.isBlank() ? line : line.substring(0, at) + stamp + " " + line.substring(at));
      }
    }
    return String.join("\n", out);
  }
}
