package dev.lockscope.explain;

/** The output formats of {@code check} and {@code explain}. */
public enum OutputFormat {
  TEXT,
  JSON,
  MARKDOWN;

  /** As users write it on the command line and picocli lists it: lower case. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
