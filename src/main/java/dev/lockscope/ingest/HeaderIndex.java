package dev.lockscope.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header patterns of every {@link ReportKind}, arranged so that almost every line is rejected
 * before any regex runs. Every header pattern starts with literal text (its prefix, derived from
 * the pattern itself), so a header line starts with that prefix once trimmed, and its key (see
 * {@link #key}) occurs in the raw input line whatever envelope surrounds it.
 */
final class HeaderIndex {

  private static final String REGEX_SYNTAX = "\\[](){}.*+?|^$";
  private static final String QUANTIFIERS = "*+?{";
  /** A header's first part is at least its first word and the next. */
  private static final int MIN_HEADER_PART = 12;

  private record Header(ReportKind kind, String prefix, Pattern pattern) {}

  /** Headers by the first character of their prefix (ASCII); in kind order within a bucket. */
  private final List<List<Header>> byFirstChar = new ArrayList<>();
  private final List<String> keys;

  HeaderIndex(ReportKind[] kinds) {
    for (int c = 0; c < 128; c++) {
      byFirstChar.add(new ArrayList<>());
    }
    Set<String> keys = new LinkedHashSet<>();
    for (ReportKind kind : kinds) {
      for (Pattern pattern : kind.headerPatterns()) {
        String prefix = literalPrefix(pattern.pattern());
        byFirstChar.get(prefix.charAt(0)).add(new Header(kind, prefix, pattern));
        keys.add(key(prefix));
      }
    }
    this.keys = List.copyOf(keys);
  }

  /** The keys one of which every header line contains ({@code WARNING:}, {@code INFO:}, ...). */
  List<String> keys() {
    return keys;
  }

  /** Whether {@code rawLine} may hold a header: it contains one of {@link #keys()}. */
  boolean mayContainHeader(String rawLine) {
    for (String key : keys) {
      if (rawLine.contains(key)) {
        return true;
      }
    }
    return false;
  }

  /** The kind whose header is {@code text} once trimmed, if any. */
  Optional<ReportKind> ofLine(String text) {
    int first = 0;
    while (first < text.length() && text.charAt(first) <= ' ') {
      first++;
    }
    if (first == text.length() || text.charAt(first) >= byFirstChar.size()) {
      return Optional.empty();
    }
    List<Header> candidates = byFirstChar.get(text.charAt(first));
    return candidates.isEmpty() ? Optional.empty() : match(candidates, text.trim());
  }

  /**
   * Whether {@code text}, once trimmed, is the first part of a header that a mail client or a logger
   * broke: not a header, but the start of one.
   */
  boolean startsHeader(String text) {
    String trimmed = text.trim();
    if (trimmed.length() < MIN_HEADER_PART || trimmed.charAt(0) >= byFirstChar.size()) {
      return false;
    }
    for (Header header : byFirstChar.get(trimmed.charAt(0))) {
      boolean partOfPrefix = header.prefix().startsWith(trimmed) && trimmed.length() < header.prefix().length();
      if (partOfPrefix || (trimmed.startsWith(header.prefix()) && startsMatch(header.pattern(), trimmed))) {
        return true;
      }
    }
    return false;
  }

  private static boolean startsMatch(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return !m.matches() && m.hitEnd();
  }

  private static Optional<ReportKind> match(List<Header> candidates, String trimmed) {
    if (trimmed.length() < 12 || trimmed.length() > 200) {
      return Optional.empty();
    }
    for (Header header : candidates) {
      if (trimmed.startsWith(header.prefix()) && header.pattern().matcher(trimmed).matches()) {
        return Optional.of(header.kind());
      }
    }
    return Optional.empty();
  }

  /** The text every match of {@code regex} starts with: its leading literal characters. */
  static String literalPrefix(String regex) {
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      boolean escapedLiteral = c == '\\' && i + 1 < regex.length() && !Character.isLetterOrDigit(regex.charAt(i + 1));
      if (escapedLiteral) {
        prefix.append(regex.charAt(++i));
      } else if (REGEX_SYNTAX.indexOf(c) >= 0) {
        if (QUANTIFIERS.indexOf(c) >= 0 && prefix.length() > 0) {
          prefix.setLength(prefix.length() - 1);
        }
        break;
      } else {
        prefix.append(c);
      }
    }
    if (prefix.length() == 0) {
      throw new IllegalArgumentException("a header pattern starts with literal text: " + regex);
    }
    return prefix.toString();
  }

  /**
   * The part of a header prefix that the prefilter looks for: from its first word with a letter,
   * that word alone when it is a tag ending in ':' or '(' ({@code [ INFO: x} gives {@code INFO:}),
   * else that word and the next ({@code pin count corrupted} gives {@code pin count}), so that a
   * plain word cannot pass every line that merely mentions it ({@code spin_lock}).
   */
  static String key(String prefix) {
    String[] tokens = prefix.split(" ");
    for (int i = 0; i < tokens.length; i++) {
      if (tokens[i].chars().anyMatch(Character::isLetter)) {
        boolean tag = tokens[i].endsWith(":") || tokens[i].endsWith("(");
        return tag || i + 1 == tokens.length ? tokens[i] : tokens[i] + " " + tokens[i + 1];
      }
    }
    throw new IllegalArgumentException("a header prefix has a word: " + prefix);
  }
}
