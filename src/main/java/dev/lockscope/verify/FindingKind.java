package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.LockdepReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The descriptor of a single-event kind (a lock released unheld, a lock freed held, a wait
 * context, RCU, the validator's own reports): its checks over the report record and the derived
 * {@link FindingEvidence}, the classes it is about and the parts of its signature key after the
 * kind id.
 */
record FindingKind<R extends LockdepReport>(
    CheckRegistry<R> checks,
    BiFunction<R, FindingEvidence, List<String>> locks,
    BiFunction<R, FindingEvidence, List<String>> bug)
    implements KindDescriptor {

  @Override
  public ReportKind kind() {
    return checks.kind();
  }

  @Override
  public Derived derive(LockdepReport report, GraphSnapshot graph, Derivation derivation) {
    FindingEvidence evidence = derivation.finding(report, graph);
    R typed = checks.type().cast(report);
    return new Derived(evidence, checks.run(report, evidence), locks.apply(typed, evidence).stream().distinct().toList());
  }

  @Override
  public String key(ReportEvidence evidence) {
    FindingEvidence finding = (FindingEvidence) evidence;
    List<String> parts = new ArrayList<>(List.of(kind().id()));
    parts.addAll(bug.apply(checks.type().cast(finding.report()), finding));
    return String.join("|", parts);
  }
}
