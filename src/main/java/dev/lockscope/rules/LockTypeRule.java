package dev.lockscope.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * One row of {@code lock-types.tsv}: a lock type of the trace language and what lockdep knows of
 * it, so the engine can give its class the wait types and the lock_type the kernel would.
 *
 * @param name the type as written in a trace ({@code spinlock_t}, {@code mutex}, ...)
 * @param inner the name of the inner wait type ({@code SPIN}, {@code CONFIG}, ...)
 * @param outer the name of the outer wait type, when it differs from the inner one
 * @param kind lockdep's lock_type
 * @param waits how a waiter waits for it
 */
public record LockTypeRule(String name, String inner, Optional<String> outer, Kind kind, Waits waits) {

  /** Lockdep's {@code lock_type}: only normal locks take part in the irq-inversion searches. */
  public enum Kind {
    NORMAL,
    PERCPU,
    WAIT_OVERRIDE
  }

  /** How a task waits for the lock: spinning (its holder has preemption off), sleeping, or not at all. */
  public enum Waits {
    SPINS,
    SLEEPS,
    NONE
  }

  static LockTypeRule parse(String[] c) {
    Optional<String> outer = c[2].equals("-") ? Optional.empty() : Optional.of(c[2]);
    return new LockTypeRule(c[0], c[1], outer, enumValue(Kind.class, c[3], "kind"), enumValue(Waits.class, c[4], "waits"));
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String text, String column) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + column + " '" + text + "'", e);
    }
  }
}
