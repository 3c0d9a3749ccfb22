package dev.lockscope.verify;

import dev.lockscope.replay.ReplayOutcome;
import java.util.List;
import java.util.Optional;

/**
 * The result of verifying one report: what it is, whether it holds together and why.
 *
 * @param title the title syzbot gives such a report
 * @param verdictReason one sentence saying why the verdict is what it is
 * @param locks the lock classes the report is about, as printed
 * @param signature a stable key for deduplication (see {@link Signatures})
 * @param replay what replaying the report's facts through the engine gave, for the kinds whose
 *     evidence describes acquisitions
 */
public record Verification(
    ReportEvidence evidence,
    String title,
    Verdict verdict,
    String verdictReason,
    List<CheckResult> checks,
    List<String> locks,
    String signature,
    Optional<ReplayOutcome> replay) {

  public Verification {
    checks = List.copyOf(checks);
    locks = List.copyOf(locks);
  }

  public String kind() {
    return evidence.report().extent().kind().id();
  }

  /** Whether lockscope failed somewhere on this report (a bug of its own, never of the report). */
  public boolean internalError() {
    return checks.stream().anyMatch(CheckResult::internalError);
  }

  /** This report as lockscope must give it when it failed on it: INCOMPLETE, with the failure as a check. */
  Verification failed(Throwable failure) {
    List<CheckResult> all = new java.util.ArrayList<>(checks);
    all.add(new CheckResult("internal", Status.UNKNOWN, "lockscope reads the whole report",
        "internal error in lockscope: " + failure + "; only the report's header was read", 0, true));
    return new Verification(evidence, title, Verdict.INCOMPLETE,
        "lockscope failed on this report (a bug in lockscope: " + failure + "); only its header is reported", all, locks, signature,
        replay);
  }
}
