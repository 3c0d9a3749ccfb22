package dev.lockscope.report;

/** A parsed lockdep report: one record type per kind lockscope models. */
public sealed interface LockdepReport
    permits InconsistentLockState,
        CircularDependency,
        RecursiveLocking,
        IrqInversion,
        IrqSafeUnsafeOrder,
        InvalidWaitContext,
        UnheldLockOperation,
        HeldLockFreed,
        LocksHeldAtExit,
        LockHeldReturning,
        NestedLockNotTaken,
        SuspiciousRcu,
        LockdepCapacity,
        NonStaticKey,
        LockdepInternal,
        HeldLocksDump {

  ReportExtent extent();
}
