package dev.lockscope.rules;

/**
 * One row of {@code report-paths.tsv}: a function through which lockdep raises a report kind, so
 * that the report's stack dump normally shows it.
 */
public record ReportPath(String kind, NamePattern function) {}
