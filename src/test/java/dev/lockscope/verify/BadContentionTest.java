package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import org.junit.jupiter.api.Test;

/**
 * Bad contention (CONFIG_LOCK_STAT only) has no public report to test on. Its grammar is that of
 * bad unlock balance with another verb (spec section 4.8), so the oracle's bad unlock balance is
 * rewritten into one: the same task, lock, site, held locks and stack.
 */
class BadContentionTest {

  private static String contention() {
    String unlock = SharedFiles.read(SharedFiles.shared().resolve("oracle/logs/bad_unlock.log"));
    return unlock
        .replace("WARNING: bad unlock balance detected!", "WARNING: bad contention detected!")
        .replace("is trying to release lock (lds_mutex_a) at:", "is trying to contend lock (lds_mutex_a) at:")
        .replace("but there are no more locks to release!", "but there are no locks held!")
        .replace(" print_unlock_imbalance_bug+0xdd/0xe9", " print_lock_contention_bug+0xdd/0xe9")
        .replace(" lock_release+0x107/0x192", " lock_contended+0x107/0x192");
  }

  @Test
  void parsedTitledAndConfirmed() {
    Verification v = Verifications.single(contention());
    assertEquals("bad-contention", v.kind());
    assertEquals("WARNING: bad contention in sc_bad_unlock", v.title());
    assertEquals(Verdict.CONFIRMED, v.verdict(), v.verdictReason());
    assertEquals(java.util.List.of("lds_mutex_a"), v.locks());
    assertTrue(v.checks().stream().allMatch(c -> c.status() == Status.PASS), v.checks().toString());
  }

  @Test
  void signatureDiffersFromTheUnlockOnTheSameLock() {
    Verification unlock = Verifications.single(SharedFiles.read(SharedFiles.shared().resolve("oracle/logs/bad_unlock.log")));
    assertNotEquals(unlock.signature(), Verifications.single(contention()).signature());
  }
}
