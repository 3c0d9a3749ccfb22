package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;

/**
 * Everything the checks and the explanation of an inconsistent-lock-state report reason on.
 *
 * @param oldUse the analysis of the trace where the old usage bit was registered
 * @param newUse the analysis of the backtrace, where the new bit is being set
 */
public record InconsistentLockStateEvidence(
    InconsistentLockState report,
    GraphSnapshot graph,
    Optional<TraceAnalysis> oldUse,
    Optional<TraceAnalysis> newUse)
    implements ReportEvidence {}
