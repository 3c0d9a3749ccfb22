package dev.lockscope.batch;

import dev.lockscope.verify.Verdict;
import java.util.List;

/**
 * What the batch learned about one input, in input order: each report, or that there was none, or
 * that the input could not be read (to its end); then that the input is done.
 */
sealed interface FileRecord {

  /** The input's name, printed as {@code source}. */
  String source();

  /**
   * One verified report; only what the summary and the groups need is kept.
   *
   * @param index the report's position in its input, from 0
   * @param locks the lock classes as the report names them
   * @param lockClasses the same, canonical and distinct
   */
  record Report(
      String source,
      int index,
      String kind,
      Verdict verdict,
      String signature,
      String title,
      List<String> locks,
      List<String> lockClasses)
      implements FileRecord {

    public Report {
      locks = List.copyOf(locks);
      lockClasses = List.copyOf(lockClasses);
    }
  }

  /** An input read to its end without any lockdep report. */
  record NoReport(String source) implements FileRecord {}

  /** An input that could not be read, or not to its end. */
  record ReadError(String source, String message) implements FileRecord {}

  /** The input is done; {@code bytes} were read from it (after decompression). */
  record End(String source, long bytes) implements FileRecord {}
}
