package dev.lockscope.batch;

import dev.lockscope.verify.Verdict;
import java.util.List;

/**
 * What the summary and the groups of duplicates need of one verified report.
 *
 * @param index the report's position in its input, from 0
 * @param locks the lock classes as the report names them
 * @param lockClasses the same, canonical and distinct
 * @param internalError lockscope failed on part of the report (a bug)
 */
record ReportOutcome(
    int index,
    String kind,
    Verdict verdict,
    String signature,
    String title,
    List<String> locks,
    List<String> lockClasses,
    boolean internalError) {

  ReportOutcome {
    locks = List.copyOf(locks);
    lockClasses = List.copyOf(lockClasses);
  }
}
