package dev.lockscope.explain;

import org.apache.commons.text.StringEscapeUtils;

/**
 * The one encoder of text for HTML, SVG and the labels of a Mermaid diagram (which Mermaid reads
 * as HTML): commons-text's HTML 4 escaping, so text and double-quoted attribute values are safe.
 */
public final class Html {

  private Html() {}

  /** {@code text} as HTML text or a double-quoted attribute value. */
  public static String escape(String text) {
    return StringEscapeUtils.escapeHtml4(text);
  }

  /** {@code text} as a quoted Mermaid label, where {@code #} also starts an entity. */
  static String mermaidLabel(String text) {
    return escape(text).replace("#", "&num;");
  }
}
