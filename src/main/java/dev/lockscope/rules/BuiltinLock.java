package dev.lockscope.rules;

/**
 * One row of {@code builtin-locks.tsv}: a lockdep map the kernel defines for everybody (the RCU
 * reader maps), used by trace calls such as {@code rcu_read_lock()} without a declaration.
 *
 * @param name the map's name, which is also its class name
 * @param type its row of {@code lock-types.tsv}
 */
public record BuiltinLock(String name, String type) {}
