package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.report.CircularDependency;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.List;
import java.util.Optional;

/**
 * A circular report with what its traces say: one analysis per chain entry (printed order,
 * {@code #K} first), and the backtrace's.
 */
public record CircularEvidence(
    CircularDependency report,
    GraphSnapshot graph,
    List<TraceAnalysis> chainUses,
    Optional<TraceAnalysis> backtraceUse)
    implements ReportEvidence {

  public CircularEvidence {
    chainUses = List.copyOf(chainUses);
  }
}
