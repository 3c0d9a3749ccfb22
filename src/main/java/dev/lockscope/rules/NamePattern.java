package dev.lockscope.rules;

import java.util.List;
import java.util.Objects;

/**
 * A function or class name pattern from a rules file: literal text where '*' matches any run.
 * Matched without regexes (patterns are tested against every frame of every report).
 */
public final class NamePattern {

  private final String text;
  private final List<String> parts;

  public NamePattern(String text) {
    this.text = Objects.requireNonNull(text);
    this.parts = List.of(text.split("\\*", -1));
  }

  /** The pattern as written in its rules file. */
  public String text() {
    return text;
  }

  public boolean matches(String name) {
    if (parts.size() == 1) {
      return text.equals(name);
    }
    String first = parts.get(0);
    String last = parts.get(parts.size() - 1);
    if (name.length() < first.length() + last.length() || !name.startsWith(first) || !name.endsWith(last)) {
      return false;
    }
    int from = first.length();
    int end = name.length() - last.length();
    for (int i = 1; i < parts.size() - 1; i++) {
      String middle = parts.get(i);
      int at = name.indexOf(middle, from);
      if (at < 0 || at + middle.length() > end) {
        return false;
      }
      from = at + middle.length();
    }
    return true;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NamePattern pattern && pattern.text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
