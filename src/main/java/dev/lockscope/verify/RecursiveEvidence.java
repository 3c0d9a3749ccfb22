package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;

/** A recursive-locking report with the analysis of its backtrace (the second acquisition). */
public record RecursiveEvidence(
    RecursiveLocking report, GraphSnapshot graph, Optional<TraceAnalysis> backtraceUse)
    implements ReportEvidence {}
