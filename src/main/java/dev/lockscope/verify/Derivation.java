package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.report.Backtrace;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.StackTrace;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.TraceAnalyzer;
import java.util.Optional;

/** What descriptors derive evidence with: the stack-trace analyzer and the single-event evidence builder. */
final class Derivation {

  private final TraceAnalyzer analyzer;
  private final FindingEvidenceBuilder findings;

  Derivation(RuleSet rules, SyzbotTitles titles) {
    this.analyzer = new TraceAnalyzer(rules);
    this.findings = new FindingEvidenceBuilder(rules, analyzer, titles);
  }

  TraceAnalysis analyze(StackTrace trace) {
    return analyzer.analyze(trace);
  }

  Optional<TraceAnalysis> analyze(Optional<StackTrace> trace) {
    return trace.map(analyzer::analyze);
  }

  Optional<TraceAnalysis> backtrace(Optional<Backtrace> backtrace) {
    return backtrace.map(b -> analyzer.analyze(b.trace()));
  }

  FindingEvidence finding(LockdepReport report, GraphSnapshot graph) {
    return findings.build(report, graph);
  }
}
