package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.LockdepReport;
import java.util.List;
import java.util.Optional;

/**
 * Everything verify does with the reports of one kind, found through {@link KindRegistry}: the
 * evidence it derives from the parsed report and the engine's graph after the replay, its checks
 * in the order they are reported, the lock classes the report is about, and the key its signature
 * hashes (what the bug is, not where it was hit).
 */
interface KindDescriptor {

  ReportKind kind();

  /** The evidence, checks and locks of one report of this kind. */
  Derived derive(LockdepReport report, GraphSnapshot graph, Derivation derivation);

  /**
   * syzbot's title of the report when it names a function this kind's rule finds; empty when the
   * title is the header or a single-event title ({@link FindingTitles}).
   */
  default Optional<String> title(LockdepReport report, SyzbotTitles titles) {
    return Optional.empty();
  }

  /** The human-readable key the report's signature is a hash of. */
  String key(ReportEvidence evidence);

  /** What a descriptor derives from one report. */
  record Derived(ReportEvidence evidence, List<CheckResult> checks, List<String> locks) {
    public Derived {
      checks = List.copyOf(checks);
      locks = List.copyOf(locks);
    }
  }
}
