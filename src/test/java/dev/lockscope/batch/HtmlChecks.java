package dev.lockscope.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks of a generated HTML page: well-formed markup, no reference to anything outside the page. */
final class HtmlChecks {

  private static final Set<String> VOID_ELEMENTS =
      Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");
  private static final Set<String> RAW_TEXT_ELEMENTS = Set.of("style", "script");
  private static final Pattern MARKUP = Pattern.compile(
      "<!--.*?-->|<!DOCTYPE[^>]*>|<(/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:\"[^\"]*\"|'[^']*'|[^'\">])*)>|<|&(?:[a-zA-Z]+|#[0-9]+|#x[0-9a-fA-F]+);|&",
      Pattern.DOTALL);
  private static final Pattern FETCHING_ATTRIBUTE = Pattern.compile(
      "(?:^|\\s)(src|href|xlink:href|srcset|action|poster|data|background)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*['\"]?([^)'\"]*)", Pattern.CASE_INSENSITIVE);

  private HtmlChecks() {}

  /**
   * What is wrong with the page's markup: a close tag that does not close the open element, an
   * element never closed, a bare {@code <} or {@code &} in text.
   */
  static List<String> markupProblems(String html) {
    List<String> problems = new ArrayList<>();
    Deque<String> open = new ArrayDeque<>();
    Matcher m = MARKUP.matcher(html);
    while (m.find()) {
      String token = m.group();
      if (m.group(2) == null) {
        if (token.equals("<") || token.equals("&")) {
          problems.add("a bare '" + token + "' at " + m.start() + ": " + around(html, m.start()));
        }
        continue;
      }
      String name = m.group(2).toLowerCase(Locale.ROOT);
      boolean closing = !m.group(1).isEmpty();
      if (closing) {
        if (!name.equals(open.peek())) {
          problems.add("</" + name + "> at " + m.start() + " closes <" + open.peek() + ">: " + around(html, m.start()));
        } else {
          open.pop();
        }
      } else if (!VOID_ELEMENTS.contains(name) && !m.group(3).endsWith("/")) {
        open.push(name);
        if (RAW_TEXT_ELEMENTS.contains(name)) {
          int end = html.indexOf("</" + name, m.end());
          m.region(end < 0 ? html.length() : end, html.length());
        }
      }
    }
    open.forEach(name -> problems.add("<" + name + "> is never closed"));
    return problems;
  }

  /** Every reference the page makes to something outside itself (anything but {@code #fragment} and {@code data:}). */
  static List<String> externalReferences(String html) {
    List<String> found = new ArrayList<>();
    Matcher tags = MARKUP.matcher(html);
    while (tags.find()) {
      if (tags.group(3) != null) {
        Matcher attribute = FETCHING_ATTRIBUTE.matcher(tags.group(3));
        while (attribute.find()) {
          addIfExternal(found, attribute.group(1) + "=" + attribute.group(2), attribute.group(2).replaceAll("^[\"']|[\"']$", ""));
        }
      }
    }
    Matcher url = CSS_URL.matcher(html);
    while (url.find()) {
      addIfExternal(found, url.group(), url.group(1));
    }
    for (String marker : List.of("http://", "https://", "@import", "//cdn", "<link", "<iframe", "<object", "<embed")) {
      if (html.toLowerCase(Locale.ROOT).contains(marker)) {
        found.add(marker + " at " + around(html, html.toLowerCase(Locale.ROOT).indexOf(marker)));
      }
    }
    return found;
  }

  private static void addIfExternal(List<String> found, String what, String target) {
    String t = target.strip().toLowerCase(Locale.ROOT);
    if (!t.startsWith("#") && !t.startsWith("data:")) {
      found.add(what);
    }
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 60), Math.min(text.length(), at + 60)).replace('\n', ' ');
  }

  /** {@code text} as it appears in HTML text or attribute values. */
  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }

  /** How often {@code needle} occurs in {@code text}. */
  static int count(String text, String needle) {
    int count = 0;
    for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length())) {
      count++;
    }
    return count;
  }
}
