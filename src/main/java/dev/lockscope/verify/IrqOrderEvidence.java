package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;

/**
 * An irq-safe to irq-unsafe order report with the analyses of the trace where the safe lock became
 * irq-safe, the one where the unsafe lock became irq-unsafe, and the backtrace.
 */
public record IrqOrderEvidence(
    IrqSafeUnsafeOrder report,
    GraphSnapshot graph,
    Optional<TraceAnalysis> safeUse,
    Optional<TraceAnalysis> unsafeUse,
    Optional<TraceAnalysis> backtraceUse)
    implements ReportEvidence {}
