package dev.lockscope.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.report.UsageBit;
import java.util.List;
import org.junit.jupiter.api.Test;

class UsageExclusionTest {

  private final UsageExclusion exclusion = new UsageExclusion();

  @Test
  void theThirteenPrintablePairs() {
    int pairs = 0;
    for (UsageBit old : UsageBit.values()) {
      for (UsageBit now : UsageBit.values()) {
        if (exclusion.conflicts(old, now) && old.state().map(s -> s.name().equals("RECLAIM_FS")).orElse(false) == false) {
          pairs++;
        }
      }
    }
    assertEquals(13, pairs);
  }

  @Test
  void readersNeverConflictWithReaders() {
    assertFalse(exclusion.conflicts(UsageBit.SOFTIRQ_ON_R, UsageBit.IN_SOFTIRQ_R));
    assertTrue(exclusion.conflicts(UsageBit.SOFTIRQ_ON_R, UsageBit.IN_SOFTIRQ_W));
    assertFalse(exclusion.conflicts(UsageBit.HARDIRQ_ON_W, UsageBit.IN_SOFTIRQ_W));
  }

  @Test
  void writeBitIsTestedFirst() {
    assertEquals(List.of(UsageBit.SOFTIRQ_ON_W, UsageBit.SOFTIRQ_ON_R), exclusion.conflictingOldBits(UsageBit.IN_SOFTIRQ_W));
    assertEquals(List.of(UsageBit.IN_HARDIRQ_W), exclusion.conflictingOldBits(UsageBit.HARDIRQ_ON_R));
    assertEquals(List.of(UsageBit.INITIAL_USE), exclusion.conflictingOldBits(UsageBit.IN_NMI));
  }
}
