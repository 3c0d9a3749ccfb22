package dev.lockscope.verify;

import dev.lockscope.graph.LockClassGraph;
import dev.lockscope.report.UnmodeledReport;

/** A report of a kind lockscope finds and names but does not verify. */
public record UnmodeledEvidence(UnmodeledReport report, LockClassGraph graph) implements ReportEvidence {}
