package dev.lockscope.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips the console envelope from every line (spec section 1): syslog and journal prefixes,
 * {@code <4>} log levels, {@code dmesg -x} facility columns, timestamps, {@code [ T123]} caller
 * ids, MTK {@code (cpu)[pid:comm]} tags and mail quoting; undoes rsyslog {@code #012} escapes and
 * CRLF. Each output line keeps the number of the input line it came from.
 */
public final class ConsoleNormalizer {

  private static final Pattern MAIL_QUOTE = Pattern.compile("^[ \\t]{0,2}((?:>[ \\t]?)+)");
  private static final Pattern SYSLOG =
      Pattern.compile(
          "^(?:[A-Z][a-z]{2} +\\d{1,2} \\d\\d:\\d\\d:\\d\\d"
              + "|\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d\\S*)"
              + " \\S+ kernel: ?");
  private static final Pattern BARE_KERNEL_TAG = Pattern.compile("^kernel: ");
  private static final Pattern LOG_LEVEL = Pattern.compile("^<\\d{1,2}>");
  private static final Pattern DMESG_FACILITY = Pattern.compile("^[a-z]{2,8} *:[a-z]{2,8} *: ");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "^\\[\\s*(?:\\+?\\d+[.,]\\d+|[A-Z][a-z]{2}\\d{1,2} \\d\\d:\\d\\d(?::\\d\\d)?)\\]"
              + "(?:\\[\\s*([TC]\\d+)\\])? ?");
  private static final Pattern CALLER_ONLY = Pattern.compile("^\\[\\s*([TC]\\d+)\\] ?");
  private static final Pattern MTK_TAG = Pattern.compile("^\\((\\d+)\\)\\[(\\d+):[^\\]]*\\]");

  private ConsoleNormalizer() {}

  /** Normalizes a whole decoded input. */
  public static List<ConsoleLine> normalize(String text) {
    List<ConsoleLine> out = new ArrayList<>();
    int number = 0;
    int start = 0;
    int continuationIndent = -1;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      number++;
      String raw = text.substring(start, end);
      if (raw.endsWith("\r")) {
        raw = raw.substring(0, raw.length() - 1);
      }
      for (String piece : raw.replace("#011", "\t").split("#012", -1)) {
        Stripped stripped = strip(piece, continuationIndent);
        continuationIndent = stripped.syslogWidth >= 0 ? stripped.syslogWidth : continuationIndent;
        out.add(new ConsoleLine(number, stripped.text, stripped.channel));
      }
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

  private record Stripped(String text, String channel, int syslogWidth) {}

  private static Stripped strip(String line, int continuationIndent) {
    String channel = "";
    String rest = line;
    Matcher quote = MAIL_QUOTE.matcher(rest);
    if (quote.find()) {
      channel = ">" + quote.group(1).chars().filter(c -> c == '>').count();
      rest = rest.substring(quote.end());
    }
    int syslogWidth = -1;
    Matcher syslog = SYSLOG.matcher(rest);
    if (syslog.find()) {
      syslogWidth = syslog.end();
      rest = rest.substring(syslog.end());
    } else if (continuationIndent > 0 && leadingSpaces(rest) >= continuationIndent) {
      rest = rest.substring(continuationIndent);
    }
    rest = removePrefix(BARE_KERNEL_TAG, rest);
    rest = removePrefix(LOG_LEVEL, rest);
    rest = removePrefix(DMESG_FACILITY, rest);
    Matcher timestamp = TIMESTAMP.matcher(rest);
    if (timestamp.find()) {
      channel = timestamp.group(1) != null ? timestamp.group(1) : channel;
      rest = rest.substring(timestamp.end());
    } else {
      Matcher caller = CALLER_ONLY.matcher(rest);
      if (caller.find()) {
        channel = caller.group(1);
        rest = rest.substring(caller.end());
      }
    }
    Matcher mtk = MTK_TAG.matcher(rest);
    if (mtk.find()) {
      channel = "P" + mtk.group(2);
      rest = rest.substring(mtk.end());
    }
    return new Stripped(rest, channel, syslogWidth);
  }

  private static String removePrefix(Pattern prefix, String text) {
    Matcher m = prefix.matcher(text);
    return m.find() ? text.substring(m.end()) : text;
  }

  private static int leadingSpaces(String text) {
    int i = 0;
    while (i < text.length() && text.charAt(i) == ' ') {
      i++;
    }
    return i;
  }
}
