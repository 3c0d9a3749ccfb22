package dev.lockscope.report;

/**
 * A report of a kind found and named but not yet modeled, so neither parsed further nor verified.
 */
public record UnmodeledReport(ReportExtent extent) implements LockdepReport {}
