package dev.lockscope.rules;

/**
 * One row of {@code primitives.tsv}.
 *
 * @param function the function name in stack traces
 * @param api what kernel code calls ({@code spin_lock_bh})
 * @param lockType {@code spinlock}, {@code rwlock}, {@code mutex}, {@code rwsem}, ...
 * @param access {@code write}, {@code read} or {@code read-recursive-in-irq}
 * @param trylock whether it is a trylock
 */
public record LockPrimitive(
    String function, String api, String lockType, IrqEffect irqEffect, String access, boolean trylock) {

  public boolean reader() {
    return !access.equals("write");
  }
}
