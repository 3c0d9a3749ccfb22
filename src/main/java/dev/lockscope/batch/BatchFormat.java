package dev.lockscope.batch;

/** The output formats of {@code lockscope batch}. */
public enum BatchFormat {
  /** One line per report ({@code SOURCE:FIRST-LAST: TITLE [KIND]: VERDICT}), then a summary. */
  TEXT,
  /** One JSON object per line: the report object of {@code check --format json} plus source and index. */
  JSONL;

  /** As users write it on the command line and picocli lists it: lower case. */
  @Override
  public String toString() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
