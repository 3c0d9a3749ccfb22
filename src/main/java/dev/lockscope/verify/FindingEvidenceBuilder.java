package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.report.Backtrace;
import dev.lockscope.report.Frame;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.report.LockdepCapacity;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.NestedLockNotTaken;
import dev.lockscope.report.RcuSite;
import dev.lockscope.report.SuspiciousRcu;
import dev.lockscope.report.WithBacktrace;
import dev.lockscope.rules.FindingRules;
import dev.lockscope.rules.RcuMessage;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.LockdepLimit;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.TraceAnalyzer;
import dev.lockscope.semantics.WaitContextAnalysis;
import dev.lockscope.semantics.WaitContextAnalyzer;
import java.util.List;
import java.util.Optional;

/** Derives, with the rules, what the checks of a single-event report reason on. */
final class FindingEvidenceBuilder {

  private final FindingRules rules;
  private final TraceAnalyzer analyzer;
  private final WaitContextAnalyzer waitContexts;
  private final SyzbotTitles titles;

  FindingEvidenceBuilder(RuleSet rules, TraceAnalyzer analyzer, SyzbotTitles titles) {
    this.rules = rules.findings();
    this.analyzer = analyzer;
    this.waitContexts = new WaitContextAnalyzer(rules);
    this.titles = titles;
  }

  FindingEvidence build(LockdepReport report, GraphSnapshot graph) {
    Optional<Backtrace> dump = report instanceof WithBacktrace dumped ? dumped.backtrace() : Optional.empty();
    Optional<TraceAnalysis> backtrace = dump.map(b -> analyzer.analyze(b.trace()));
    Optional<TraceAnalysis> second =
        report instanceof NestedLockNotTaken nested
            ? nested.heldBacktrace().map(b -> analyzer.analyze(b.trace()))
            : Optional.empty();
    return new FindingEvidence(
        report,
        graph,
        backtrace,
        second,
        reportingPath(report, dump),
        waitContext(report, backtrace),
        rcu(report),
        limit(report),
        titles.function(report));
  }

  private ReportingPath reportingPath(LockdepReport report, Optional<Backtrace> dump) {
    String kind = report.extent().kind().id();
    Optional<Frame> frame =
        dump.stream()
            .flatMap(b -> b.trace().reliableFrames().stream())
            .filter(f -> rules.reportsFrom(kind, f.baseFunction()))
            .findFirst();
    return new ReportingPath(rules.hasReportPath(kind), frame);
  }

  private Optional<WaitContextAnalysis> waitContext(LockdepReport report, Optional<TraceAnalysis> backtrace) {
    return report instanceof InvalidWaitContext wait ? waitContexts.analyze(wait, backtrace) : Optional.empty();
  }

  private Optional<RcuExpectation> rcu(LockdepReport report) {
    if (!(report instanceof SuspiciousRcu rcu)) {
      return Optional.empty();
    }
    List<String> readers =
        rules.rcuMessages().stream().map(RcuMessage::requiredReader).flatMap(Optional::stream).distinct().toList();
    return rcu.site().map(RcuSite::message).flatMap(rules::rcuMessage).map(m -> new RcuExpectation(m, readers));
  }

  private Optional<LockdepLimit> limit(LockdepReport report) {
    return report instanceof LockdepCapacity capacity ? rules.limit(capacity.limit()) : Optional.empty();
  }
}
