package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.report.LockdepReport;

/** The parsed report plus what lockscope derived from it, per report kind. */
public sealed interface ReportEvidence
    permits InconsistentLockStateEvidence,
        CircularEvidence,
        RecursiveEvidence,
        IrqInversionEvidence,
        IrqOrderEvidence,
        FindingEvidence {

  LockdepReport report();

  GraphSnapshot graph();
}
