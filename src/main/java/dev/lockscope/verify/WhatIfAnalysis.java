package dev.lockscope.verify;

import dev.lockscope.engine.Violation;
import dev.lockscope.replay.ReplayOutcome;
import dev.lockscope.replay.ReplayPlan;
import dev.lockscope.replay.Replayer;
import dev.lockscope.replay.WhatIf;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.WhatIfLimit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Answers "would this change make the report go away?": replays the report's facts with the
 * changes applied ({@link WhatIf}) and says whether the engine still reports its violation.
 * Only a report whose unchanged facts reproduce its violation can be asked about.
 */
public final class WhatIfAnalysis {

  private final RuleSet rules;
  private final Replayer replayer;
  private final WhatIf whatIf;

  public WhatIfAnalysis(RuleSet rules) {
    this.rules = rules;
    this.replayer = new Replayer(rules);
    this.whatIf = new WhatIf(rules);
  }

  /**
   * The answer for one verified report.
   *
   * @throws WhatIf.BadChange when a change does not apply to the report (a usage error)
   */
  public WhatIfAnswer ask(Verification report, List<WhatIf.Change> changes) {
    Optional<ReplayOutcome> replay = report.replay();
    if (replay.isEmpty()) {
      return new WhatIfAnswer.Unanswerable(report, "lockscope does not replay " + report.kind() + " reports");
    }
    if (!(replay.get() instanceof ReplayOutcome.Reproduced reproduced)) {
      return new WhatIfAnswer.Unanswerable(report, "its own facts do not reproduce its violation ("
          + report.checks().stream().filter(c -> c.id().equals(ReplayCheck.ID)).findFirst().map(CheckResult::evidence).orElse("not replayed") + ")");
    }
    ReplayPlan plan = reproduced.run().orElseThrow().plan();
    WhatIf.Result changed = whatIf.apply(plan, changes);
    ReplayOutcome outcome = replayer.run(changed.plan());
    if (outcome instanceof ReplayOutcome.Missing missing) {
      return new WhatIfAnswer.Unanswerable(report, "the changed facts cannot all happen: " + missing.reason());
    }
    if (outcome instanceof ReplayOutcome.Failed failed) {
      throw new IllegalStateException("replaying the changed facts failed: " + failed.error());
    }
    if (outcome instanceof ReplayOutcome.Reproduced still) {
      return answered(report, changed, WhatIfAnswer.Result.REMAINS, List.of(still.violation()), changes);
    }
    List<Violation> found = ((ReplayOutcome.Different) outcome).found();
    return answered(report, changed, found.isEmpty() ? WhatIfAnswer.Result.GONE : WhatIfAnswer.Result.REPLACED, found, changes);
  }

  private WhatIfAnswer answered(Verification report, WhatIf.Result changed, WhatIfAnswer.Result result,
      List<Violation> found, List<WhatIf.Change> changes) {
    return new WhatIfAnswer.Answered(report, changed, result, found, limits(report, changes));
  }

  private List<String> limits(Verification report, List<WhatIf.Change> changes) {
    String classes = String.join(", ", report.locks());
    return rules.whatIfLimits().stream()
        .flatMap(limit -> limit.change().equals("*") ? Stream.of(fill(limit, classes, "", ""))
            : changes.stream().filter(c -> limit.appliesTo(c.kind().toString())).map(c -> fill(limit, classes, c.site(), c.value())))
        .distinct()
        .toList();
  }

  private static String fill(WhatIfLimit limit, String classes, String site, String value) {
    return limit.text().replace("{classes}", classes).replace("{site}", site).replace("{value}", value);
  }
}
