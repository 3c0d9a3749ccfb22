package dev.lockscope.verify;

/**
 * One rule evaluated on a single-event report of type {@code R} (a report record, or a view
 * such as {@link dev.lockscope.report.TaskSections} shared by several kinds).
 */
interface FindingCheck<R> {

  /** The check's stable id. */
  String id();

  CheckResult check(R report, FindingEvidence evidence);
}
