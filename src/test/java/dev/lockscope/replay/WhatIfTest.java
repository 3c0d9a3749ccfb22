package dev.lockscope.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.RulesLoader;
import dev.lockscope.verify.Verifications;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each kind of what-if change, on the plans of two real reports. */
class WhatIfTest {

  private static final RuleSet RULES = RulesLoader.bundled();
  private static final WhatIf WHAT_IF = new WhatIf(RULES);

  private static ReplayPlan seed() {
    return new Replayer(RULES).plan(Verifications.single(SharedFiles.read(SharedFiles.seed())).evidence().report()).orElseThrow();
  }

  private static ReplayPlan circular() {
    String text = SharedFiles.read(SharedFiles.samples().resolve("circular-drm-console-lock-journalctl.log"));
    return new Replayer(RULES).plan(Verifications.single(text).evidence().report()).orElseThrow();
  }

  private static Acquisition taken(ReplayPlan plan, int scene) {
    return ((Step.Take) plan.scenes().get(scene).step()).acquisition();
  }

  @Test
  void aSiteIsAFunctionOrTheTailOfAFileLine() {
    for (String site : List.of("rxrpc_get_client_connection_id", "net/rxrpc/conn_client.c:109", "conn_client.c:109")) {
      WhatIf.Result r = WHAT_IF.apply(seed(), List.of(WhatIf.parse(WhatIf.Kind.SET, site + "=spin_lock_bh")));
      assertEquals(1, r.applied().get(0).changed().size(), site);
      assertEquals(IrqHold.BH_OFF, taken(r.plan(), 0).hold(), site);
    }
  }

  @Test
  void aSiteOnlyInAStackTraceNamesTheAcquisitionsBelowIt() {
    WhatIf.Result r = WHAT_IF.apply(seed(), List.of(WhatIf.parse(WhatIf.Kind.SET, "rxrpc_connect_call=spin_lock_irqsave")));
    assertEquals(IrqHold.IRQS_OFF, taken(r.plan(), 0).hold());
    assertEquals(IrqHold.NONE, taken(r.plan(), 1).hold());
  }

  @Test
  void aSiteTheReportDoesNotShowIsNamedInTheError() {
    WhatIf.BadChange e = assertThrows(WhatIf.BadChange.class,
        () -> WHAT_IF.apply(seed(), List.of(WhatIf.parse(WhatIf.Kind.DROP, "rxrpc_get_client_connection_ix"))));
    assertTrue(e.getMessage().contains("'rxrpc_get_client_connection_ix'") && e.getMessage().contains("did you mean rxrpc_get_client_connection_id?"),
        e.getMessage());
  }

  @Test
  void aReaderPrimitiveInAnInterruptIsARecursiveReader() {
    WhatIf.Result r = WHAT_IF.apply(seed(), List.of(WhatIf.parse(WhatIf.Kind.SET, "conn_client.c:138=read_lock")));
    assertEquals(2, taken(r.plan(), 1).read());
    WhatIf.Result process = WHAT_IF.apply(seed(), List.of(WhatIf.parse(WhatIf.Kind.SET, "conn_client.c:109=read_lock")));
    assertEquals(1, taken(process.plan(), 0).read());
  }

  @Test
  void nestingSetsTheSubclass() {
    WhatIf.Result r = WHAT_IF.apply(circular(), List.of(WhatIf.parse(WhatIf.Kind.NEST, "drm_client_dev_suspend=1")));
    assertEquals(1, taken(r.plan(), 1).subclass());
    assertThrows(WhatIf.BadChange.class, () -> WhatIf.parse(WhatIf.Kind.NEST, "drm_client_dev_suspend=8"));
  }

  @Test
  void droppingTheStepDropsItsSceneAndDroppingAHeldLockKeepsTheRest() {
    ReplayPlan plan = circular();
    assertEquals(plan.scenes().size() - 1,
        WHAT_IF.apply(plan, List.of(WhatIf.parse(WhatIf.Kind.DROP, "drm_fb_helper_set_suspend_unlocked"))).plan().scenes().size());
    WhatIf.Result held = WHAT_IF.apply(plan, List.of(WhatIf.parse(WhatIf.Kind.DROP, "process_one_work")));
    assertEquals(plan.scenes().get(1).held().size() - 2, held.plan().scenes().get(1).held().size());
  }

  @Test
  void aSplitGivesTheLockAtTheSiteAClassOfItsOwn() {
    WhatIf.Result r = WHAT_IF.apply(circular(), List.of(WhatIf.parse(WhatIf.Kind.CLASS, "&dev->clientlist_mutex@drm_client_dev_suspend=clientlist2")));
    String moved = taken(r.plan(), 1).lock();
    assertEquals("clientlist2", r.plan().locks().stream().filter(l -> l.id().equals(moved)).findFirst().orElseThrow().className());
    assertEquals(1, r.applied().get(0).changed().size());
    assertThrows(WhatIf.BadChange.class, () -> WHAT_IF.apply(circular(), List.of(WhatIf.parse(WhatIf.Kind.CLASS, "console_lock=c2"))));
    assertThrows(WhatIf.BadChange.class, () -> WHAT_IF.apply(circular(), List.of(WhatIf.parse(WhatIf.Kind.CLASS, "no_such_class=c2"))));
  }

  @Test
  void aChangeWithoutAValueIsAUsageError() {
    assertThrows(WhatIf.BadChange.class, () -> WhatIf.parse(WhatIf.Kind.SET, "conn_client.c:109"));
    assertThrows(WhatIf.BadChange.class, () -> WhatIf.parse(WhatIf.Kind.SET, "=spin_lock"));
  }
}
