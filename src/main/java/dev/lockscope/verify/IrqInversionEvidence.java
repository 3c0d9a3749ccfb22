package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;

/** An irq-inversion report with the analysis of its backtrace (where the state changed). */
public record IrqInversionEvidence(
    IrqInversion report, GraphSnapshot graph, Optional<TraceAnalysis> backtraceUse)
    implements ReportEvidence {}
