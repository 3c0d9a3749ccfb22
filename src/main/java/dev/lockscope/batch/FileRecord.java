package dev.lockscope.batch;

/**
 * What the batch learned about one input, in input order: each report, or that there was none, or
 * that the input could not be read (to its end); then that the input is done.
 */
sealed interface FileRecord {

  /** The input's name, printed as {@code source}. */
  String source();

  /** One verified report, found in {@code source}. */
  record Report(String source, ReportOutcome outcome) implements FileRecord {}

  /** An input read to its end without any lockdep report. */
  record NoReport(String source) implements FileRecord {}

  /**
   * An input that could not be read, or not to its end; {@code internal} when lockscope itself
   * failed on it (a bug, which the exit code says).
   */
  record ReadError(String source, String message, boolean internal) implements FileRecord {}

  /** The input is done; {@code bytes} were read from it (after decompression). */
  record End(String source, long bytes) implements FileRecord {}
}
