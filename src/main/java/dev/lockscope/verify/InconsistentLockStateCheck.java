package dev.lockscope.verify;

/** One rule of spec section 4.1 evaluated on an inconsistent-lock-state report. */
interface InconsistentLockStateCheck {

  String id();

  CheckResult check(InconsistentLockStateEvidence evidence);
}
