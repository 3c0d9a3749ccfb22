package dev.lockscope.verify;

import java.util.List;

/**
 * The result of verifying one report: what it is, whether it holds together and why.
 *
 * @param title the title syzbot gives such a report
 * @param verdictReason one sentence saying why the verdict is what it is
 * @param locks the lock classes the report is about, as printed
 * @param signature a stable key for deduplication (see {@link Signatures})
 */
public record Verification(
    ReportEvidence evidence,
    String title,
    Verdict verdict,
    String verdictReason,
    List<CheckResult> checks,
    List<String> locks,
    String signature) {

  public Verification {
    checks = List.copyOf(checks);
    locks = List.copyOf(locks);
  }

  public String kind() {
    return evidence.report().extent().kind().id();
  }
}
