package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.replay.ReplayOutcome;
import dev.lockscope.replay.Replayer;
import dev.lockscope.report.Backtrace;
import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.TraceAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Re-derives lockdep's verdict on a parsed report and checks every claim it makes. */
public final class Verifier {

  private final TraceAnalyzer analyzer;
  private final SyzbotTitles titles;
  private final FindingEvidenceBuilder findings;
  private final Replayer replayer;

  public Verifier(RuleSet rules) {
    this.analyzer = new TraceAnalyzer(rules);
    this.titles = new SyzbotTitles(rules);
    this.findings = new FindingEvidenceBuilder(rules, analyzer, titles);
    this.replayer = new Replayer(rules);
  }

  public Verification verify(LockdepReport report) {
    Optional<ReplayOutcome> replay = replayer.replays(report.extent().kind()) ? Optional.of(replayer.replay(report)) : Optional.empty();
    GraphSnapshot graph = replay.flatMap(ReplayOutcome::run).map(ReplayOutcome.Run::graph).orElse(GraphSnapshot.empty());
    Verification checked = verify(report, graph);
    if (replay.isEmpty()) {
      return checked;
    }
    List<CheckResult> checks = new ArrayList<>(checked.checks());
    checks.add(ReplayCheck.of(report, replay.get()));
    return verification(checked.evidence(), checks, checked.locks(), checked.signature(), replay);
  }

  private Verification verify(LockdepReport report, GraphSnapshot graph) {
    if (report instanceof InconsistentLockState ils) {
      InconsistentLockStateEvidence evidence =
          new InconsistentLockStateEvidence(
              ils, graph, ils.oldTrace().map(analyzer::analyze), backtraceUse(ils.backtrace()));
      return verification(evidence, InconsistentLockStateChecks.run(evidence), names(ils.lock()));
    }
    if (report instanceof CircularDependency circular) {
      CircularEvidence evidence =
          new CircularEvidence(
              circular,
              graph,
              circular.chain().stream().map(entry -> analyzer.analyze(entry.trace())).toList(),
              backtraceUse(circular.backtrace()));
      List<String> locks =
          CircularChecks.cycle(circular).stream().map(LockClassName::printed).toList();
      return verification(evidence, CircularChecks.run(evidence), locks);
    }
    if (report instanceof RecursiveLocking recursive) {
      RecursiveEvidence evidence =
          new RecursiveEvidence(recursive, graph, backtraceUse(recursive.backtrace()));
      return verification(evidence, RecursiveChecks.run(evidence), names(recursive.next()));
    }
    if (report instanceof IrqInversion inversion) {
      IrqInversionEvidence evidence =
          new IrqInversionEvidence(inversion, graph, backtraceUse(inversion.backtrace()));
      return verification(evidence, IrqInversionChecks.run(evidence), names(inversion.changed(), inversion.other()));
    }
    if (report instanceof IrqSafeUnsafeOrder order) {
      IrqOrderEvidence evidence =
          new IrqOrderEvidence(
              order,
              graph,
              order.safeTrace().map(analyzer::analyze),
              order.unsafeTrace().map(analyzer::analyze),
              backtraceUse(order.backtrace()));
      return verification(evidence, IrqOrderChecks.run(evidence), names(order.safe(), order.unsafe()));
    }
    CheckRegistry<?> registry =
        FindingChecks.registryFor(report)
            .orElseThrow(() -> new IllegalStateException("no checks for " + report.extent().kind().id()));
    FindingEvidence evidence = findings.build(report, graph);
    List<CheckResult> checks = registry.run(report, evidence);
    return verification(evidence, checks, FindingSignatures.locks(evidence), Signatures.signature(evidence));
  }

  private Optional<TraceAnalysis> backtraceUse(Optional<Backtrace> backtrace) {
    return backtrace.map(b -> analyzer.analyze(b.trace()));
  }

  @SafeVarargs
  private static List<String> names(Optional<LockLine>... locks) {
    return Arrays.stream(locks).flatMap(Optional::stream).map(l -> l.name().printed()).distinct().toList();
  }

  private Verification verification(ReportEvidence evidence, List<CheckResult> checks, List<String> locks) {
    return verification(evidence, checks, locks, Signatures.signature(evidence.report()));
  }

  private Verification verification(ReportEvidence evidence, List<CheckResult> checks, List<String> locks, String signature) {
    return verification(evidence, checks, locks, signature, Optional.empty());
  }

  private Verification verification(
      ReportEvidence evidence, List<CheckResult> checks, List<String> locks, String signature, Optional<ReplayOutcome> replay) {
    LockdepReport report = evidence.report();
    return new Verification(
        evidence, titles.title(report), verdict(report, checks), verdictReason(report, checks), checks, locks, signature, replay);
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
