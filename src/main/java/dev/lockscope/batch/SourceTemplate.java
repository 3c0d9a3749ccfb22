package dev.lockscope.batch;

import java.util.function.UnaryOperator;

/**
 * Rendered text with a hole for the input's name, escaped for the text's format: what a report
 * renders to does not depend on where it was found, so identical inputs render once.
 *
 * @param escape how the name is written in this format (JSON string, HTML text, as is)
 */
record SourceTemplate(String before, String after, UnaryOperator<String> escape) {

  /** No text at all, whatever the input. */
  static final SourceTemplate EMPTY = new SourceTemplate("", "", UnaryOperator.identity());

  /** Text that starts with the input's name as is. */
  static SourceTemplate afterName(String after) {
    return new SourceTemplate("", after, UnaryOperator.identity());
  }

  String bind(String source) {
    return before.isEmpty() && after.isEmpty() ? "" : before + escape.apply(source) + after;
  }

  long size() {
    return before.length() + after.length();
  }
}
