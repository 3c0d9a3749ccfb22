package dev.lockscope.explain;

/** The output formats of {@code check} and {@code explain}. */
public enum OutputFormat {
  TEXT,
  JSON,
  MARKDOWN
}
