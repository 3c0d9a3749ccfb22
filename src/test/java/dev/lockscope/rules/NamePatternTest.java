package dev.lockscope.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamePatternTest {

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "spin_lock_bh, spin_lock_bh, true",
    "spin_lock_bh, spin_lock, false",
    "spin_lock*, spin_lock_irqsave, true",
    "spin_lock*, spin_lock, true",
    "spin_lock*, raw_spin_lock, false",
    "*_irqsave, _raw_spin_lock_irqsave, true",
    "*_irqsave, _raw_spin_lock_irqrestore, false",
    "*softirq*, __do_softirq, true",
    "*softirq*, handle_softirqs, true",
    "*softirq*, do_irq, false",
    "a*b*c, abc, true",
    "a*b*c, a_x_b_y_c, true",
    "a*b*c, acb, false",
    "ab*ba, aba, false",
    "ab*ba, abba, true",
    "*, anything, true",
  })
  void matchesLikeAGlobWhereStarIsAnyRun(String pattern, String name, boolean expected) {
    assertEquals(expected, new NamePattern(pattern).matches(name));
  }
}
