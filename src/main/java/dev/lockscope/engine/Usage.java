package dev.lockscope.engine;

import dev.lockscope.report.UsageBit;

/**
 * Lockdep's usage bits and the bit arithmetic of {@code kernel/locking/lockdep.c}: bit number =
 * state * 4 + direction * 2 + read, direction 0 "used in" (irq-safe), 1 "enabled" (irq-unsafe);
 * then the two initial-use bits.
 */
final class Usage {

  static final int USED_IN_HARDIRQ = 0;
  static final int USED_IN_HARDIRQ_READ = 1;
  static final int ENABLED_HARDIRQ = 2;
  static final int ENABLED_HARDIRQ_READ = 3;
  static final int USED_IN_SOFTIRQ = 4;
  static final int USED_IN_SOFTIRQ_READ = 5;
  static final int ENABLED_SOFTIRQ = 6;
  static final int ENABLED_SOFTIRQ_READ = 7;
  static final int USED = 8;
  static final int USED_READ = 9;
  /** The bits with a saved trace: every one. */
  static final int TRACE_STATES = 10;
  /** Where the NMI report says the new "bit" is: not a stored bit. */
  static final int IN_NMI = 10;

  static final int READ_MASK = 1;
  static final int DIR_MASK = 2;

  static final int ENABLED_IRQ_ALL = flag(ENABLED_HARDIRQ) | flag(ENABLED_HARDIRQ_READ) | flag(ENABLED_SOFTIRQ) | flag(ENABLED_SOFTIRQ_READ);
  static final int USED_IN_IRQ_ALL = flag(USED_IN_HARDIRQ) | flag(USED_IN_HARDIRQ_READ) | flag(USED_IN_SOFTIRQ) | flag(USED_IN_SOFTIRQ_READ);
  /** The write bits of both directions and states. */
  static final int IRQ = flag(USED_IN_HARDIRQ) | flag(ENABLED_HARDIRQ) | flag(USED_IN_SOFTIRQ) | flag(ENABLED_SOFTIRQ);
  /** The read bits of both directions and states. */
  static final int IRQ_READ = IRQ << 1;

  private Usage() {}

  static int flag(int bit) {
    return 1 << bit;
  }

  static boolean isRead(int bit) {
    return (bit & READ_MASK) != 0;
  }

  static boolean isEnabled(int bit) {
    return (bit & DIR_MASK) != 0;
  }

  /** The state part of an irq bit: 0 hardirq, 4 softirq. */
  static int state(int bit) {
    return bit & ~(READ_MASK | DIR_MASK);
  }

  /** Same state, the other direction, the write variant ({@code exclusive_bit}). */
  static int exclusiveBit(int bit) {
    return state(bit) | ((bit & DIR_MASK) ^ DIR_MASK);
  }

  static int invertDirection(int mask) {
    return ((mask & ENABLED_IRQ_ALL) >>> DIR_MASK) | ((mask & USED_IN_IRQ_ALL) << DIR_MASK);
  }

  /** The bits that conflict with any bit of {@code mask}, readers included ({@code exclusive_mask}). */
  static int exclusiveMask(int mask) {
    int excl = invertDirection(mask);
    excl |= (excl & IRQ_READ) >>> READ_MASK;
    excl |= (excl & IRQ) << READ_MASK;
    return excl;
  }

  /** The bits any bit of {@code mask} could be exclusive to ({@code original_mask}). */
  static int originalMask(int mask) {
    return exclusiveMask(mask);
  }

  /** The state name of a bit as lockdep labels irq reports: {@code HARDIRQ}, {@code SOFTIRQ-READ}. */
  static String stateName(int bit) {
    String state = state(bit) == 0 ? "HARDIRQ" : "SOFTIRQ";
    return isRead(bit) ? state + "-READ" : state;
  }

  /** The usage bit as the report model names it. */
  static UsageBit toReport(int bit) {
    return switch (bit) {
      case USED_IN_HARDIRQ -> UsageBit.IN_HARDIRQ_W;
      case USED_IN_HARDIRQ_READ -> UsageBit.IN_HARDIRQ_R;
      case ENABLED_HARDIRQ -> UsageBit.HARDIRQ_ON_W;
      case ENABLED_HARDIRQ_READ -> UsageBit.HARDIRQ_ON_R;
      case USED_IN_SOFTIRQ -> UsageBit.IN_SOFTIRQ_W;
      case USED_IN_SOFTIRQ_READ -> UsageBit.IN_SOFTIRQ_R;
      case ENABLED_SOFTIRQ -> UsageBit.SOFTIRQ_ON_W;
      case ENABLED_SOFTIRQ_READ -> UsageBit.SOFTIRQ_ON_R;
      case USED -> UsageBit.INITIAL_USE;
      case USED_READ -> UsageBit.INITIAL_READ_USE;
      case IN_NMI -> UsageBit.IN_NMI;
      default -> throw new IllegalArgumentException("no usage bit " + bit);
    };
  }

  /** The four usage characters lockdep prints for a class ({@code get_usage_chars}). */
  static String chars(int mask) {
    char[] chars = new char[4];
    int[] inBits = {USED_IN_HARDIRQ, USED_IN_HARDIRQ_READ, USED_IN_SOFTIRQ, USED_IN_SOFTIRQ_READ};
    for (int i = 0; i < inBits.length; i++) {
      int bit = inBits[i];
      boolean in = (mask & flag(bit)) != 0;
      boolean on = (mask & flag(bit + DIR_MASK)) != 0;
      chars[i] = on ? (in ? '?' : '+') : (in ? '-' : '.');
    }
    return new String(chars);
  }
}
