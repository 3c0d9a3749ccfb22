package dev.lockscope.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** The bundled rules loaded once, in the background, are the rules the jar bundles. */
class BundledRulesTest {

  @Test
  void theBackgroundLoadIsTheBundledSetAndIsLoadedOnce() {
    BundledRules.preload();
    RuleSet loaded = BundledRules.get();
    RuleSet fresh = RulesLoader.bundled();
    assertSame(loaded, BundledRules.get());
    assertEquals(fresh.primitives(), loaded.primitives());
    assertEquals(fresh.titleRenames(), loaded.titleRenames());
    assertEquals(fresh.whatIfLimits(), loaded.whatIfLimits());
  }
}
