package dev.lockscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.report.LineGrammar.Shape;
import org.junit.jupiter.api.Test;

/** Which lines are whole lines of lockdep's grammar, which are first parts of a broken one. */
class LineGrammarTest {

  @Test
  void aLockLineIsWholeWithItsSiteAndCutBeforeIt() {
    assertEquals(Shape.WHOLE, LineGrammar.shape("ffff888013986498 (_xmit_ETHER#2){+.-.}-{2:2}, at: sch_direct_xmit+0x30f/0xc60"));
    assertEquals(Shape.CUT, LineGrammar.shape("ffff888013986498 (_xmit_ETHER#2){+.-.}-{2:2}, at:"));
    assertEquals(Shape.CUT, LineGrammar.shape(" #0: "));
  }

  @Test
  void aCpuLineIsWholeEvenWithItsBuildNumberCutAtTheHash() {
    assertEquals(Shape.WHOLE, LineGrammar.shape("CPU: 0 UID: 0 PID: 270 Comm: memcg-repro Tainted: G        W           7.0.0-next-20260420+ #"));
    assertEquals(Shape.CUT, LineGrammar.shape("CPU: 0 PID: 24141 Comm: syz-executor.2 Not tainted"));
  }

  @Test
  void theEndOfALineOfStackWordsIsNotASentence() {
    assertEquals(Shape.OTHER, LineGrammar.shape("00000000005da66a."));
    assertEquals(Shape.WHOLE, LineGrammar.shape("which lock already depends on the new lock."));
  }

  @Test
  void elementsThatBeginALineOfTheirOwn() {
    assertTrue(LineGrammar.beginsElement(" #1: ffffffff8f380a28 (sock_diag_table_mutex){+.+.}-{3:3}, at:"));
    assertTrue(LineGrammar.beginsElement("2 locks held by kworker/0:1H/52:"));
    assertTrue(LineGrammar.beginsElement("-> #1 (&h->lhash2[i].lock){+.+.}-{2:2}:"));
    assertEquals(false, LineGrammar.beginsElement("sock_diag_rcv+0x1b/0x40 net/core/sock_diag.c:279"));
  }
}
