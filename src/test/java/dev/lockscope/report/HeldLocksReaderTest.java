package dev.lockscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.ingest.ConsoleLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A held-locks list is cut when the text ends inside it or an entry is mangled past reading. */
class HeldLocksReaderTest {

  private static HeldLocks read(String... lines) {
    List<ConsoleLine> console = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      console.add(new ConsoleLine(i + 1, lines[i]));
    }
    return HeldLocksReader.readHeldLocks(new LineCursor(console), 1, false).orElseThrow();
  }

  @Test
  void aListThatStopsAtAnEntryItCannotReadIsCut() {
    HeldLocks held = read(
        "3 locks held by syz-executor/9686:",
        " #0: ffffffff8b97e980 (rcu_read_lock_bh){....}-{1:2}, at: ip_finish_output2+0x295/0x21e0",
        " #1: ffff888021cd5258 (dev->qdisc_tx_busylock ?:",
        "",
        "stack backtrace:");
    assertEquals(1, held.locks().size());
    assertFalse(held.complete());
  }

  @Test
  void aRunningTaskShowsItsCountAlone() {
    HeldLocks held = read("6 locks held by kworker/0:0/2501:", "4 locks held by udevd/2525:");
    assertTrue(held.locks().isEmpty());
    assertTrue(held.complete(), "lockdep prints no entries for another task that is running");
  }

  @Test
  void aFullListIsComplete() {
    HeldLocks held = read(
        "1 lock held by ip/362:",
        " #0: ffffffff86fc7cb0 (rtnl_mutex){+.+.}-{3:3}, at: rtnetlink_rcv_msg+0x377/0xf60",
        "");
    assertTrue(held.complete());
    assertEquals(0, held.locks().get(0).index());
  }

  @Test
  void aListThatEndsAsPrintedShortOfItsCountIsNotCut() {
    HeldLocks held = read(
        "2 locks held by swapper/0/0:",
        " #0: ffffffff818f1238 (lds_unsafe_lock){+.+.}-{2:2}, at: lockdep_selftest_irq+0x1/0x2",
        "",
        "stack backtrace:");
    assertTrue(held.complete(), "lockdep prints every lock it counts: the count is for a check to compare");
    assertEquals(1, held.locks().size());
  }
}
