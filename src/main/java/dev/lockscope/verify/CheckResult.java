package dev.lockscope.verify;

import dev.lockscope.semantics.RuleOutcome;

/**
 * The outcome of one check on one report.
 *
 * @param id the check's stable id
 * @param claim what the report claims, in its own words
 * @param evidence what the re-derivation found, quoting the input
 * @param line the input line of the evidence (0 when there is none)
 * @param internalError the check failed to run (a lockscope bug): it is UNKNOWN, and the command
 *     exits with {@link ExitCodes#INTERNAL_ERROR}
 */
public record CheckResult(String id, Status status, String claim, String evidence, int line, boolean internalError) {

  public CheckResult(String id, Status status, String claim, String evidence, int line) {
    this(id, status, claim, evidence, line, false);
  }

  /**
   * Runs a check so that whatever goes wrong inside it (an exception, a stack overflow) makes
   * that check UNKNOWN with the reason, and never loses the report.
   */
  static CheckResult guarded(String id, java.util.function.Supplier<CheckResult> check) {
    try {
      return check.get();
    } catch (RuntimeException | StackOverflowError e) {
      InternalErrors.caught(e);
      return new CheckResult(id, Status.UNKNOWN, "the check ran", "internal error in lockscope: " + e, 0, true);
    }
  }

  static CheckResult of(String id, boolean holds, String claim, String evidence, int line) {
    return new CheckResult(id, holds ? Status.PASS : Status.FAIL, claim, evidence, line);
  }

  /** A check result from a rule's outcome: PASS/FAIL when decided, UNKNOWN otherwise. */
  static CheckResult from(String id, String claim, RuleOutcome outcome) {
    return outcome.holds()
        .map(holds -> of(id, holds, claim, outcome.evidence(), outcome.line()))
        .orElseGet(() -> unknown(id, claim, outcome.evidence()));
  }

  static CheckResult unknown(String id, String claim, String why) {
    return new CheckResult(id, Status.UNKNOWN, claim, why, 0);
  }
}
