package dev.lockscope.verify;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.LockdepReport;
import java.util.List;

/**
 * The ordered checks of one report kind, over the kind's report record.
 *
 * @param kind the kind the checks are for
 * @param type the record that kind parses into
 * @param checks the checks, in the order they are reported
 */
record CheckRegistry<R extends LockdepReport>(ReportKind kind, Class<R> type, List<FindingCheck<? super R>> checks) {

  CheckRegistry {
    checks = List.copyOf(checks);
  }

  boolean handles(LockdepReport report) {
    return report.extent().kind() == kind && type.isInstance(report);
  }

  List<CheckResult> run(LockdepReport report, FindingEvidence evidence) {
    R typed = type.cast(report);
    return checks.stream().map(check -> CheckResult.guarded(check.id(), () -> check.check(typed, evidence))).toList();
  }
}
