package dev.lockscope.verify;

import dev.lockscope.graph.LockClassGraph;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;

/** A recursive-locking report with the analysis of its backtrace (the second acquisition). */
public record RecursiveEvidence(
    RecursiveLocking report, LockClassGraph graph, Optional<TraceAnalysis> backtraceUse)
    implements ReportEvidence {}
