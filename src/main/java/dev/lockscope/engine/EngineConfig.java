package dev.lockscope.engine;

/**
 * The kernel configuration the engine mirrors, and how far it goes.
 *
 * @param rawLockNesting {@code CONFIG_PROVE_RAW_LOCK_NESTING}: the wait-type numbering in which a
 *     {@code spinlock_t} may not be taken in hard-irq context or under a {@code raw_spinlock_t}
 * @param queuedRwlocks {@code CONFIG_QUEUED_RWLOCKS} (x86, arm64, ...): {@code read_lock} is a
 *     recursive reader only in interrupt context
 * @param preemptRcu {@code CONFIG_PREEMPT_RCU}: sleeping inside {@code rcu_read_lock()} is legal
 * @param reportAll go on after a violation, reporting each one once (the kernel stops at the first)
 */
public record EngineConfig(boolean rawLockNesting, boolean queuedRwlocks, boolean preemptRcu, boolean reportAll) {

  /** Lockdep as a 6.12 x86 kernel with PROVE_LOCKING and the default options runs it. */
  public static EngineConfig defaults() {
    return new EngineConfig(false, true, false, false);
  }

  public EngineConfig withReportAll(boolean all) {
    return new EngineConfig(rawLockNesting, queuedRwlocks, preemptRcu, all);
  }

  public EngineConfig withRawLockNesting(boolean on) {
    return new EngineConfig(on, queuedRwlocks, preemptRcu, reportAll);
  }

  public EngineConfig withQueuedRwlocks(boolean on) {
    return new EngineConfig(rawLockNesting, on, preemptRcu, reportAll);
  }

  public EngineConfig withPreemptRcu(boolean on) {
    return new EngineConfig(rawLockNesting, queuedRwlocks, on, reportAll);
  }
}
