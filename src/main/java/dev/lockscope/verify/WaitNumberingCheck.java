package dev.lockscope.verify;

import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.semantics.WaitContextAnalysis;
import dev.lockscope.semantics.WaitNumbering;
import java.util.Optional;

/**
 * Every wait-type number of the report fits one numbering, standard or
 * {@code CONFIG_PROVE_RAW_LOCK_NESTING} (spec section 2.5): one kernel prints one numbering, so
 * numbers that fit neither contradict each other.
 */
final class WaitNumberingCheck implements FindingCheck<InvalidWaitContext> {

  @Override
  public String id() {
    return "wait-numbering";
  }

  @Override
  public CheckResult check(InvalidWaitContext report, FindingEvidence evidence) {
    Optional<WaitContextAnalysis> analysis = evidence.waitContext();
    String claim = "the wait-type numbers of one kernel configuration";
    if (analysis.isEmpty()) {
      return CheckResult.unknown(id(), claim, "no lock wait types or no context line");
    }
    WaitNumbering numbering = analysis.get().numbering();
    int line = report.context().orElseThrow().inputLine();
    return CheckResult.of(id(), numbering != WaitNumbering.NEITHER, claim, analysis.get().numberingReason(), line);
  }
}
