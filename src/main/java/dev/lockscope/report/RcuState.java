package dev.lockscope.report;

/**
 * The {@code rcu_scheduler_active = <n>, debug_locks = <0|1>} line of a suspicious-RCU report.
 * With {@code debug_locks = 0} lockdep was already off, so the held-locks list may be stale.
 */
public record RcuState(int schedulerActive, boolean debugLocks, int inputLine) {}
