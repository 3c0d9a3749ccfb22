package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fact of a real single-event report changed at a time: a hard rule must contradict the
 * report by the check that owns the fact, a heuristic rule must warn. Before the change the
 * check neither fails nor warns, so the change is what it reacts to.
 */
class FindingMutationTest {

  /** A real report and one fact changed in it. */
  record Mutation(String name, String subject, UnaryOperator<String> change, String check, Status status) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Mutation fails(String name, String subject, UnaryOperator<String> change, String check) {
    return new Mutation(name, subject, change, check, Status.FAIL);
  }

  private static Mutation warns(String name, String subject, UnaryOperator<String> change, String check) {
    return new Mutation(name, subject, change, check, Status.WARN);
  }

  private static UnaryOperator<String> replace(String from, String to) {
    return text -> {
      assertTrue(text.contains(from), "subject lacks " + from);
      return text.replace(from, to);
    };
  }

  /** Replaces only the last occurrence, for the second of two identical stack dumps. */
  private static UnaryOperator<String> replaceLast(String from, String to) {
    return text -> {
      int at = text.lastIndexOf(from);
      assertTrue(at >= 0, "subject lacks " + from);
      return text.substring(0, at) + to + text.substring(at + from.length());
    };
  }

  private static UnaryOperator<String> dropLinesWith(String... parts) {
    return text -> {
      String kept = text.lines().filter(l -> Stream.of(parts).noneMatch(l::contains)).collect(Collectors.joining("\n"));
      assertNotEquals(text.lines().count(), kept.lines().count(), "no line to drop");
      return kept;
    };
  }

  static Stream<Mutation> mutations() {
    String raw = "oracle:invalid_wait_spin_in_raw";
    String hardirq = "oracle:invalid_wait_spin_in_hardirq";
    return Stream.of(
        fails("acquired lock within the limit", raw,
            replace("(lds_lock_a){....}-{3:3}", "(lds_lock_a){....}-{2:2}"), "wait-order"),
        fails("mutex outer type not above the held spinlock", "oracle:mutex_in_spinlock",
            replace("(lds_mutex_a){....}-{4:4}", "(lds_mutex_a){....}-{3:4}"), "wait-order"),
        fails("standard process context with a RAW spinlock number", raw,
            replace("context-{5:5}", "context-{4:4}"), "wait-numbering"),
        fails("hard-interrupt context number for a process-context stack", raw,
            replace("context-{5:5}", "context-{2:2}"), "task-context"),
        fails("process context number for an interrupt stack", "corpus:syz-linux-report-546.txt",
            replace("context-{2:2}", "context-{5:5}"), "task-context"),
        fails("trylock as the lock call", raw,
            replace(" _raw_spin_lock+0x2e/0x3d", " _raw_spin_trylock+0x2e/0x3d"), "not-trylock"),
        warns("acquire site missing from the stack", raw,
            replace("at: sc_invalid_wait_spin_in_raw+0x20/0x3a", "at: sc_elsewhere+0x20/0x3a"), "site-in-backtrace"),
        warns("held lock misnumbered", raw, replace(" #0: ffffffff818f0eb8", " #1: ffffffff818f0eb8"), "held-count"),
        warns("held locks of another task", hardirq,
            replace("no locks held by swapper/0/0.", "no locks held by swapper/0/7."), "task-identity"),
        warns("released lock listed as held", "corpus:wild-lkml-2.6.20-inode-lock-bad-unlock-balance.txt",
            replace("release lock (inode_lock) at:", "release lock (&type->s_umount_key) at:"), "lock-not-held"),
        warns("release site missing from the stack", "oracle:bad_unlock",
            replace("] sc_bad_unlock+0x14/0x16", "] sc_elsewhere+0x14/0x16"), "site-in-backtrace"),
        warns("no unlock path in the stack", "oracle:bad_unlock",
            dropLinesWith("print_unlock_imbalance_bug", "lock_release"), "reporting-path"),
        warns("held locks of another task", "corpus:syz-linux-report-530.txt",
            replace("no locks held by syz-fuzzer/4405.", "no locks held by syz-fuzzer/4406."), "task-identity"),
        fails("freed lock not in the held list", "oracle:held_lock_freed",
            replace(" #0: ffff8880005b4718 (&o->lock)", " #0: ffff8880005b4718 (&o->other)"), "freed-lock-held"),
        fails("freed range beside the lock", "oracle:held_lock_freed",
            replace("ffff8880005b4700-ffff8880005b47ff", "ffff8880005b4800-ffff8880005b48ff"), "range-contains-lock"),
        fails("freed range ending before it starts", "corpus:wild-lkp-5.6-of-unittest-dev-mutex-held-lock-freed-then-warning.txt",
            replace("e77ea400-e77ea7ff", "e77ea7ff-e77ea400"), "range-contains-lock"),
        warns("no free path in the stack", "oracle:held_lock_freed", dropLinesWith("debug_check_no_locks_freed"), "reporting-path"),
        fails("exiting task holding nothing", "corpus:syz-linux-report-533.txt",
            dropLinesWith("#0: 000000009ccdb9e0").andThen(replace("1 lock held by syz-executor286/6054:", "no locks held by syz-executor286/6054."))::apply,
            "holds-locks"),
        warns("no exit check in the stack", "corpus:syz-linux-report-533.txt", dropLinesWith("debug_check_no_locks_held"), "reporting-path"),
        fails("returning task holding nothing", "corpus:wild-linux-mm-kmemleak-scan_mutex-lock-held-returning-old.txt",
            dropLinesWith("#0:  (scan_mutex)").andThen(replace("1 lock held by cat/3279:", "no locks held by cat/3279."))::apply,
            "holds-locks"),
        warns("held locks of another task", "corpus:wild-linux-mm-kmemleak-scan_mutex-lock-held-returning-old.txt",
            replace("1 lock held by cat/3279:", "1 lock held by cat/3280:"), "task-identity"),
        warns("nest lock listed as held", "corpus:wild-xen-pv-suspend-nested-lock-not-taken.txt",
            replace("] init_mm.page_table_lock", "] pgd_lock"), "nest-lock-not-held"),
        warns("acquire site missing from the stack", "oracle:nest_lock_not_held",
            replace("at: sc_nest_lock_not_held+0x21/0x2c", "at: sc_elsewhere+0x21/0x2c"), "site-in-backtrace"),
        warns("second stack of another path", "corpus:wild-xen-pv-suspend-nested-lock-not-taken.txt",
            replaceLast(" xen_mm_pin_all+0x70/0xa0", " xen_mm_unpin_all+0x70/0xa0"), "dumps-agree"),
        warns("context switch without its reader", "corpus:syz-linux-report-166.txt",
            replace("(rcu_read_lock){....}", "(rcu_reader_gone){....}"), "rcu-reader"),
        warns("list walk inside a reader", "corpus:wild-netdev-ip_tunnel_find-rcu-list-suspicious-rcu.txt",
            replace("(rtnl_mutex){+.+.}", "(rcu_read_lock){+.+.}"), "rcu-reader"),
        warns("lockdep already off", "oracle:rcu_suspicious", replace("debug_locks = 1", "debug_locks = 0"), "debug-locks"),
        warns("no RCU check in the stack", "oracle:rcu_suspicious", dropLinesWith("lockdep_rcu_suspicious"), "reporting-path"),
        warns("unknown table", "corpus:syz-linux-report-403.txt",
            replace("MAX_STACK_TRACE_ENTRIES", "MAX_LOCKDEP_WIDGETS"), "known-limit"),
        fails("subclass within range", "corpus:syz-linux-report-403.txt",
            replace("BUG: MAX_STACK_TRACE_ENTRIES too low!", "BUG: looking up invalid subclass: 3"), "limit-exceeded"),
        warns("no lockdep table in the stack", "corpus:syz-linux-report-403.txt",
            dropLinesWith("save_trace", "__lock_acquire"), "reporting-path"),
        warns("no class registration in the stack", "corpus:syz-linux-report-370.txt",
            dropLinesWith("register_lock_class"), "reporting-path"),
        warns("no lock call in the stack", "corpus:syz-linux-report-370.txt",
            dropLinesWith("_raw_spin_lock_irqsave", "down+0x12"), "lock-call"),
        warns("no lockdep function in the stack", "corpus:syz-linux-report-539.txt",
            dropLinesWith("mark_lock", "lock_acquire"), "reporting-path"),
        warns("dump of another pid than the warning", "corpus:syz-linux-report-539.txt",
            replace("WARNING: CPU: 0 PID: 12 at", "WARNING: CPU: 0 PID: 13 at"), "warning-task"),
        warns("count of printed locks changed", "sample:dump-hung-task-io-uring.log",
            replace("2 locks held by getty/4751:", "3 locks held by getty/4751:"), "held-count"),
        warns("task listed twice", "sample:dump-hung-task-io-uring.log",
            replace("1 lock held by syz-executor.3/5405:", "1 lock held by syz-executor.0/5388:"), "distinct-tasks"));
  }

  static Stream<Arguments> cases() {
    return mutations().map(m -> Arguments.of(m));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theOwningCheckReacts(Mutation mutation) {
    String original = subject(mutation.subject());
    assertTrue(status(original, mutation.check()).filter(s -> s == Status.FAIL || s == Status.WARN).isEmpty(),
        "the unchanged report already has " + mutation.check() + " " + status(original, mutation.check()));
    Verification v = Verifications.of(mutation.change().apply(original)).get(0);
    assertEquals(Optional.of(mutation.status()), status(v, mutation.check()), v.checks().toString());
    if (mutation.status() == Status.FAIL) {
      assertEquals(Verdict.CONTRADICTED, v.verdict(), v.verdictReason());
    }
  }

  /** Every check of every single-event registry has a mutation that makes it react. */
  @org.junit.jupiter.api.Test
  void everyCheckIsCovered() {
    List<String> covered = mutations().map(Mutation::check).distinct().toList();
    for (CheckRegistry<?> registry : KindRegistry.all().stream().filter(FindingKind.class::isInstance)
        .map(d -> ((FindingKind<?>) d).checks()).toList()) {
      for (FindingCheck<?> check : registry.checks()) {
        assertTrue(covered.contains(check.id()), check.id() + " of " + registry.kind() + " has no mutation");
      }
    }
  }

  private static Optional<Status> status(String text, String check) {
    return status(Verifications.of(text).get(0), check);
  }

  private static Optional<Status> status(Verification v, String check) {
    return v.checks().stream().filter(c -> c.id().equals(check)).map(CheckResult::status).findFirst();
  }

  private static String subject(String name) {
    String file = name.substring(name.indexOf(':') + 1);
    if (name.startsWith("oracle:")) {
      return SharedFiles.read(SharedFiles.shared().resolve("oracle/logs/" + file + ".log"));
    }
    if (name.startsWith("sample:")) {
      return SharedFiles.read(SharedFiles.samples().resolve(file));
    }
    Path path = SharedFiles.corpusFiles().stream().filter(p -> p.getFileName().toString().equals(file)).findFirst().orElseThrow();
    return SharedFiles.corpus(path).body();
  }
}
