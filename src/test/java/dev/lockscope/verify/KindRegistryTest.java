package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockscope.explain.ExplanationBuilder;
import dev.lockscope.ingest.ReportKind;
import dev.lockscope.replay.Replayer;
import dev.lockscope.rules.RulesLoader;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every report kind has its descriptor and its explainer, and exactly the kinds whose evidence describes acquisitions are replayed. */
class KindRegistryTest {

  @ParameterizedTest
  @EnumSource(ReportKind.class)
  void everyKindHasItsDescriptor(ReportKind kind) {
    assertEquals(kind, KindRegistry.of(kind).kind());
  }

  @Test
  void everyKindHasItsExplainer() {
    assertDoesNotThrow(() -> new ExplanationBuilder(RulesLoader.bundled()));
  }

  @Test
  void oneDescriptorPerKind() {
    assertEquals(ReportKind.values().length, KindRegistry.all().size());
  }

  @Test
  void theKindsThatDescribeAcquisitionsAreReplayed() {
    Set<ReportKind> replayed = EnumSet.of(ReportKind.INCONSISTENT_LOCK_STATE, ReportKind.CIRCULAR_DEPENDENCY,
        ReportKind.RECURSIVE_LOCKING, ReportKind.IRQ_INVERSION, ReportKind.IRQ_SAFE_UNSAFE_ORDER,
        ReportKind.INVALID_WAIT_CONTEXT, ReportKind.BAD_UNLOCK_BALANCE, ReportKind.HELD_LOCK_FREED,
        ReportKind.LOCKS_HELD_AT_EXIT, ReportKind.LOCK_HELD_RETURNING);
    Replayer replayer = new Replayer(RulesLoader.bundled());
    for (ReportKind kind : ReportKind.values()) {
      assertEquals(replayed.contains(kind), replayer.replays(kind), kind.id());
    }
  }
}
