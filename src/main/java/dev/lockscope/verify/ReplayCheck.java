package dev.lockscope.verify;

import dev.lockscope.engine.ViolationKey;
import dev.lockscope.replay.ReplayOutcome;
import dev.lockscope.replay.ReplayPlan;
import dev.lockscope.report.LockdepReport;

/**
 * {@code engine-replay}: the acquisitions the report proves, replayed through lockscope's lockdep
 * engine, make it report the violation the report claims (same kind, classes, usage pair or cycle,
 * read/write types). Fails with what the engine found instead; UNKNOWN when the text does not give
 * a fact the replay needs, or is cut so that what it gives cannot be all there was.
 */
final class ReplayCheck {

  static final String ID = "engine-replay";

  private ReplayCheck() {}

  static CheckResult of(LockdepReport report, ReplayOutcome outcome) {
    int line = report.extent().firstLine();
    String kind = report.extent().kind().id();
    String kindClaim = "its evidence makes lockdep report this " + kind;
    if (outcome instanceof ReplayOutcome.Missing missing) {
      return CheckResult.unknown(ID, kindClaim, missing.reason());
    }
    if (outcome instanceof ReplayOutcome.Failed failed) {
      return new CheckResult(ID, Status.UNKNOWN, kindClaim, "internal error in lockscope: " + failed.error(), 0, true);
    }
    ReplayOutcome.Run run = outcome.run().orElseThrow();
    String claim = "its evidence makes lockdep report " + run.plan().expected().describe();
    if (outcome instanceof ReplayOutcome.Reproduced reproduced) {
      return new CheckResult(ID, Status.PASS, claim, replayed(run.plan()) + ", the engine reports " + ViolationKey.of(reproduced.violation()).describe(), line);
    }
    String found = replayed(run.plan()) + ", the engine reports " + ViolationKey.describe(((ReplayOutcome.Different) outcome).found());
    if (!report.extent().complete()) {
      return CheckResult.unknown(ID, claim, found + "; the text is cut, so it may not show every fact");
    }
    return new CheckResult(ID, Status.FAIL, claim, found, line);
  }

  private static String replayed(ReplayPlan plan) {
    int scenes = plan.scenes().size();
    return "replaying the " + (scenes == 1 ? "event" : scenes + " events") + " it shows";
  }
}
