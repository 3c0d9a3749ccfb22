package dev.lockscope.verify;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.SuspiciousRcu;
import java.util.List;

/** The registry of suspicious-RCU checks, in the order they are reported. */
final class SuspiciousRcuChecks {

  static final CheckRegistry<SuspiciousRcu> REGISTRY =
      new CheckRegistry<>(
          ReportKind.SUSPICIOUS_RCU,
          SuspiciousRcu.class,
          List.of(
              new RcuReaderCheck(),
              new DebugLocksCheck(),
              new ReportingPathCheck(),
              HeldCountCheck.ofTask(),
              SameTaskCheck.ofTask()));

  private SuspiciousRcuChecks() {}
}
