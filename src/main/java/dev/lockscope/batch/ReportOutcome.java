package dev.lockscope.batch;

import dev.lockscope.verify.Verdict;
import java.util.List;

/**
 * One verified report as the batch renders it, before it is bound to the input it was found in:
 * what the summary and the groups need, the output line and the HTML section, each with a hole
 * for the input's name.
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
    SourceTemplate output,
    SourceTemplate html,
    boolean internalError) {

  ReportOutcome {
    locks = List.copyOf(locks);
    lockClasses = List.copyOf(lockClasses);
  }

  /** The record of this report found in {@code source}. */
  Rendered in(String source) {
    return new Rendered(new FileRecord.Report(source, this), output.bind(source), html.bind(source));
  }

  /** Roughly how much memory it holds, in characters. */
  long size() {
    return output.size() + html.size() + 256L;
  }
}
