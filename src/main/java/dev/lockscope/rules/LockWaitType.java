package dev.lockscope.rules;

import java.util.List;

/**
 * One row of {@code lock-wait-types.tsv}: the wait types a lock can have, by lock type (from
 * {@code primitives.tsv}) or by class ({@code class:<name>}). A lock type can allow several:
 * {@code _raw_spin_lock} takes both {@code spinlock_t} (CONFIG) and {@code raw_spinlock_t} (SPIN).
 */
public record LockWaitType(String lock, List<String> waitTypes) {

  public LockWaitType {
    waitTypes = List.copyOf(waitTypes);
  }

  /** Whether this row is about a lock of this class or lock type. */
  public boolean appliesTo(String className, String lockType) {
    return lock.equals(lockType) || (lock.startsWith("class:") && lock.substring(6).equals(className));
  }

  static LockWaitType parse(String[] c) {
    return new LockWaitType(c[0], List.of(c[1].split(",")));
  }
}
