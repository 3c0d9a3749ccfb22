package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.semantics.TraceAnalysis;

/**
 * The report's dump runs through a function lockdep raises this kind from
 * ({@code report-paths.tsv}), so the dump belongs to this report. Heuristic: inlining and old
 * kernels can hide the function, so its absence from a whole dump is a warning.
 */
final class ReportingPathCheck implements FindingCheck<LockdepReport> {

  @Override
  public String id() {
    return "reporting-path";
  }

  @Override
  public CheckResult check(LockdepReport report, FindingEvidence evidence) {
    String claim = report.extent().header();
    ReportingPath path = evidence.reportingPath();
    if (!path.known()) {
      return CheckResult.unknown(id(), claim, "report-paths.tsv lists no function for this kind");
    }
    if (path.frame().isPresent()) {
      Frame frame = path.frame().get();
      return CheckResult.of(id(), true, claim, "the dump runs through " + frame.function(), frame.inputLine());
    }
    boolean whole = evidence.backtrace().map(TraceAnalysis::complete).orElse(false);
    if (!whole) {
      return CheckResult.unknown(id(), claim, "no whole stack dump to look for lockdep's reporting function in");
    }
    int line = evidence.backtrace().get().trace().firstLine();
    return new CheckResult(id(), Status.WARN, claim, "the dump runs through no function that raises this report", line);
  }
}
