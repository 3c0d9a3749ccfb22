package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.replay.ReplayOutcome;
import dev.lockscope.replay.Replayer;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.rules.RuleSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Re-derives lockdep's verdict on a parsed report and checks every claim it makes. */
public final class Verifier {

  private final SyzbotTitles titles;
  private final Derivation derivation;
  private final Replayer replayer;

  public Verifier(RuleSet rules) {
    this.titles = new SyzbotTitles(rules);
    this.derivation = new Derivation(rules, titles);
    this.replayer = new Replayer(rules);
  }

  public Verification verify(LockdepReport report) {
    Optional<ReplayOutcome> replay = replayer.replays(report.extent().kind()) ? Optional.of(replayer.replay(report)) : Optional.empty();
    GraphSnapshot graph = replay.flatMap(ReplayOutcome::run).map(ReplayOutcome.Run::graph).orElse(GraphSnapshot.empty());
    KindDescriptor.Derived derived = KindRegistry.of(report.extent().kind()).derive(report, graph, derivation);
    List<CheckResult> checks = new ArrayList<>(derived.checks());
    replay.ifPresent(outcome -> checks.add(ReplayCheck.of(report, outcome)));
    return verification(derived.evidence(), checks, derived.locks(), replay);
  }

  private Verification verification(
      ReportEvidence evidence, List<CheckResult> checks, List<String> locks, Optional<ReplayOutcome> replay) {
    LockdepReport report = evidence.report();
    return new Verification(evidence, titles.title(report), verdict(report, checks), verdictReason(report, checks), checks,
        locks, Signatures.signature(evidence), replay);
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
