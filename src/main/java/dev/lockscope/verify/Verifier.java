package dev.lockscope.verify;

import dev.lockscope.graph.LockClassGraph;
import dev.lockscope.graph.LockClassGraphBuilder;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.UnmodeledReport;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.semantics.TraceAnalyzer;
import java.util.List;
import java.util.Optional;

/** Re-derives lockdep's verdict on a parsed report and checks every claim it makes. */
public final class Verifier {

  private final TraceAnalyzer analyzer;
  private final SyzbotTitles titles;
  private final FindingEvidenceBuilder findings;

  public Verifier(RuleSet rules) {
    this.analyzer = new TraceAnalyzer(rules);
    this.titles = new SyzbotTitles(rules);
    this.findings = new FindingEvidenceBuilder(rules, analyzer, titles);
  }

  public Verification verify(LockdepReport report) {
    LockClassGraph graph = LockClassGraphBuilder.build(report);
    if (report instanceof InconsistentLockState ils) {
      return verifyInconsistent(ils, graph);
    }
    Optional<CheckRegistry<?>> registry = FindingChecks.registryFor(report);
    if (registry.isPresent()) {
      return verifyFinding(report, graph, registry.get());
    }
    UnmodeledReport unmodeled = (UnmodeledReport) report;
    return new Verification(
        new UnmodeledEvidence(unmodeled, graph),
        titles.title(report),
        Verdict.INCOMPLETE,
        "found a " + report.extent().kind().id() + " report; lockscope does not verify this kind yet",
        List.of(),
        List.of(),
        Signatures.signature(report));
  }

  private Verification verifyInconsistent(InconsistentLockState report, LockClassGraph graph) {
    InconsistentLockStateEvidence evidence =
        new InconsistentLockStateEvidence(
            report,
            graph,
            report.oldTrace().map(analyzer::analyze),
            report.backtrace().map(b -> analyzer.analyze(b.trace())));
    List<CheckResult> checks = InconsistentLockStateChecks.run(evidence);
    List<String> locks = report.lock().map(l -> List.of(l.name().printed())).orElse(List.of());
    return verification(evidence, checks, locks, Signatures.signature(report));
  }

  private Verification verifyFinding(LockdepReport report, LockClassGraph graph, CheckRegistry<?> registry) {
    FindingEvidence evidence = findings.build(report, graph);
    List<CheckResult> checks = registry.run(report, evidence);
    return verification(evidence, checks, FindingSignatures.locks(evidence), Signatures.signature(evidence));
  }

  private Verification verification(
      ReportEvidence evidence, List<CheckResult> checks, List<String> locks, String signature) {
    LockdepReport report = evidence.report();
    return new Verification(
        evidence, titles.title(report), verdict(report, checks), verdictReason(report, checks), checks, locks, signature);
  }

  private static Verdict verdict(LockdepReport report, List<CheckResult> checks) {
    if (firstFailure(checks).isPresent()) {
      return Verdict.CONTRADICTED;
    }
    return report.extent().complete() ? Verdict.CONFIRMED : Verdict.INCOMPLETE;
  }

  private static String verdictReason(LockdepReport report, List<CheckResult> checks) {
    Optional<CheckResult> failure = firstFailure(checks);
    if (failure.isPresent()) {
      CheckResult f = failure.get();
      return "%s: the report says \"%s\", but %s".formatted(f.id(), f.claim(), f.evidence());
    }
    if (!report.extent().complete()) {
      return "the report is cut or corrupted: missing " + String.join(", ", report.extent().missingSections());
    }
    long passed = checks.stream().filter(c -> c.status() == Status.PASS).count();
    return "%d of %d checks pass and none fails".formatted(passed, checks.size());
  }

  private static Optional<CheckResult> firstFailure(List<CheckResult> checks) {
    return checks.stream().filter(c -> c.status() == Status.FAIL).findFirst();
  }
}
