package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import org.junit.jupiter.api.Test;

class SeedTest {

  @Test
  void theWholeBisectionLogGivesOneConfirmedReport() {
    Verification v = Verifications.single(SharedFiles.read(SharedFiles.seed()));
    assertEquals("inconsistent-lock-state", v.kind());
    assertEquals("inconsistent lock state in rxrpc_put_client_connection_id", v.title());
    assertEquals(Verdict.CONFIRMED, v.verdict(), v.verdictReason());
    assertEquals(java.util.List.of("rxrpc_conn_id_lock"), v.locks());
    assertTrue(v.checks().stream().allMatch(c -> c.status() == Status.PASS), v.checks().toString());
  }

  @Test
  void everyLineCutStillGivesAnAnswer() {
    String[] lines = SharedFiles.read(SharedFiles.seed()).split("\n", -1);
    for (int keep = 0; keep <= lines.length; keep++) {
      String cut = String.join("\n", java.util.Arrays.copyOf(lines, keep));
      for (Verification v : Verifications.of(cut)) {
        assertTrue(
            v.verdict() == Verdict.CONFIRMED || v.verdict() == Verdict.INCOMPLETE,
            "cut after line " + keep + ": " + v.verdict() + " " + v.verdictReason());
      }
    }
  }
}
