package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Forms of the single-event reports that no corpus file shows, written as spec section 4.15 and
 * 4.16 give them: MAX_LOCK_DEPTH with its depth line and held locks, and a held-locks dump after
 * lockdep was turned off.
 */
class FindingFormatsTest {

  private static String maxLockDepth(int depth) {
    String held =
        IntStream.range(0, 48)
            .mapToObj(i -> " #%d: ffff88801%07x (&node->lock/%d){+.+.}-{2:2}, at: walk_nodes+0x%x/0x200".formatted(i, i * 64, i % 8, i))
            .collect(Collectors.joining("\n"));
    return "BUG: MAX_LOCK_DEPTH too low!\nturning off the locking correctness validator.\n"
        + "depth: %d  max: 48!\n48 locks held by walker/77:\n%s\n".formatted(depth, held);
  }

  private static Optional<Status> status(Verification v, String check) {
    return v.checks().stream().filter(c -> c.id().equals(check)).map(CheckResult::status).findFirst();
  }

  @Test
  void maxLockDepthIsConfirmedWithItsHeldLocks() {
    Verification v = Verifications.single(maxLockDepth(48));
    assertEquals("lockdep-capacity", v.kind());
    assertEquals("BUG: MAX_LOCK_DEPTH too low!", v.title());
    assertEquals(Verdict.CONFIRMED, v.verdict(), v.verdictReason());
    assertEquals(Optional.of(Status.PASS), status(v, "limit-exceeded"));
    assertEquals(Optional.of(Status.PASS), status(v, "held-count"));
  }

  @Test
  void aDepthBelowTheMaximumContradictsIt() {
    Verification v = Verifications.single(maxLockDepth(47));
    assertEquals(Verdict.CONTRADICTED, v.verdict(), v.verdictReason());
    assertEquals(Optional.of(Status.FAIL), status(v, "limit-exceeded"));
  }

  @Test
  void aDumpAfterLockdepWasTurnedOffListsNothing() {
    Verification v = Verifications.single("\nShowing all locks held in the system:\nINFO: lockdep is turned off.\n");
    assertEquals("held-locks-dump", v.kind());
    assertEquals(Verdict.CONFIRMED, v.verdict(), v.verdictReason());
    assertEquals(List.of(), v.locks());
  }

  private static String lockdepWarning(String message, int pid) {
    String warn = "WARNING: CPU: 1 PID: %d at kernel/locking/lockdep.c:3190 __lock_acquire+0x23b3/0x4b50()\n".formatted(pid);
    String dump = "CPU: 1 PID: %d Comm: syz-executor Not tainted 4.4.107 #2\nCall Trace:\n".formatted(pid)
        + " [<ffffffff8123a1fe>] lock_acquire+0x15e/0x460\n [<ffffffff825b46c9>] sg_remove_request+0x69/0x110\n"
        + " [<ffffffff825b4cd5>] sg_finish_rem_req+0x295/0x340\n";
    return warn + message + dump;
  }

  @Test
  void aWarnPrintedBeforeItsMessageIsTheWarningOfThatMessage() {
    Verification v = Verifications.single(lockdepWarning("DEBUG_LOCKS_WARN_ON(id >= MAX_LOCKDEP_KEYS)\n", 4085));
    assertEquals("lockdep-internal", v.kind());
    assertEquals("DEBUG_LOCKS_WARN_ON(id >= MAX_LOCKDEP_KEYS)", v.evidence().report().extent().header());
    assertEquals(Optional.of(Status.PASS), status(v, "warning-task"));
    assertEquals("lockdep-internal|DEBUG_LOCKS_WARN_ON(id >= MAX_LOCKDEP_KEYS)|__lock_acquire", Signatures.key(v.evidence()));
  }

  @Test
  void aBareWarnIsSignedByItsSiteNotItsCpuOrPid() {
    Verification first = Verifications.single(lockdepWarning("", 4085));
    Verification second = Verifications.single(lockdepWarning("", 17));
    assertEquals("lockdep-internal|kernel/locking/lockdep.c:3190|__lock_acquire", Signatures.key(first.evidence()));
    assertEquals(first.signature(), second.signature());
  }
}
