package dev.lockscope.verify;

import dev.lockscope.report.LockdepCapacity;

/** The exhausted limit is one of lockdep's tables, as listed in {@code lockdep-limits.tsv}. */
final class KnownLimitCheck implements FindingCheck<LockdepCapacity> {

  @Override
  public String id() {
    return "known-limit";
  }

  @Override
  public CheckResult check(LockdepCapacity report, FindingEvidence evidence) {
    String claim = report.extent().header();
    int line = report.extent().firstLine();
    return evidence.limit()
        .map(l -> CheckResult.of(id(), true, claim, l.limit() + " sizes " + l.meaning(), line))
        .orElse(new CheckResult(id(), Status.WARN, claim, report.limit() + " is not a table lockdep-limits.tsv knows", line));
  }
}
