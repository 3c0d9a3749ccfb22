package dev.lockscope.semantics;

import dev.lockscope.report.UsageBit;
import java.util.List;

/**
 * Lockdep's single-lock exclusion rule ({@code valid_state}, spec section 3.3): a new usage bit
 * conflicts with an old one of the same irq state and the opposite direction unless both are
 * read bits, because readers never block each other.
 */
public final class UsageExclusion {

  /** Whether setting {@code newBit} on a class that has {@code oldBit} is reported. */
  public boolean conflicts(UsageBit oldBit, UsageBit newBit) {
    if (newBit == UsageBit.IN_NMI) {
      return oldBit == UsageBit.INITIAL_USE;
    }
    return oldBit.isStateBit()
        && newBit.isStateBit()
        && oldBit.state().equals(newBit.state())
        && oldBit.usedIn() != newBit.usedIn()
        && !(oldBit.read() && newBit.read());
  }

  /**
   * The old bits that conflict with {@code newBit}, in the order lockdep tests them (the write
   * bit first, so a read bit is only reported when the write bit is not set).
   */
  public List<UsageBit> conflictingOldBits(UsageBit newBit) {
    if (!newBit.isStateBit()) {
      return newBit == UsageBit.IN_NMI ? List.of(UsageBit.INITIAL_USE) : List.of();
    }
    UsageBit oppositeWrite = newBit.opposite().writeVariant();
    if (newBit.read()) {
      return List.of(oppositeWrite);
    }
    return List.of(oppositeWrite, UsageBit.of(newBit.state().orElseThrow(), !newBit.usedIn(), true));
  }
}
