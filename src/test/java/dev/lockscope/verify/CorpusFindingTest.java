package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.SharedFiles.CorpusFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every corpus report of a single-event kind (and every {@code other-lockdep} one, which must be
 * one of them): found with its kind and syzbot title, confirmed when whole, incomplete when cut,
 * never contradicted.
 */
class CorpusFindingTest {

  static final Set<String> KINDS =
      Set.of(
          "invalid-wait-context", "bad-unlock-balance", "held-lock-freed", "lock-held-returning",
          "locks-held-at-exit", "nested-lock-not-taken", "suspicious-rcu", "bad-contention",
          "lockdep-capacity", "non-static-key", "lockdep-internal", "held-locks-dump");

  /**
   * Whole logs of reports the kernel itself left unfinished: it oopsed while printing the nest
   * lock's name, so the report lacks its nest lock and stacks.
   */
  private static final Set<String> CUT_BY_THE_KERNEL = Set.of("syz-linux-report-655.txt", "syz-linux-guilty-55.txt");

  static Stream<Path> files() {
    return SharedFiles.corpusFiles().stream().filter(p -> ours(SharedFiles.corpus(p).get("kind")));
  }

  private static boolean ours(String kind) {
    return KINDS.contains(kind) || kind.equals("other-lockdep");
  }

  @ParameterizedTest
  @MethodSource("files")
  void foundTitledAndNeverContradicted(Path path) {
    CorpusFile file = SharedFiles.corpus(path);
    List<Verification> found = Verifications.of(file.body());
    assertFalse(found.isEmpty(), "no report found");
    Verification v = found.get(0);
    String kind = file.get("kind");
    if (kind.equals("other-lockdep")) {
      assertTrue(KINDS.contains(v.kind()), v.kind());
    } else {
      assertEquals(kind, v.kind());
    }
    String expectedTitle = file.get("expected-title");
    if (!expectedTitle.isEmpty()) {
      assertEquals(expectedTitle, v.title());
    }
    assertNotEquals(Verdict.CONTRADICTED, v.verdict(), v.verdictReason());
    boolean cut = file.cut() || CUT_BY_THE_KERNEL.contains(path.getFileName().toString());
    assertEquals(cut ? Verdict.INCOMPLETE : Verdict.CONFIRMED, v.verdict(), v.verdictReason());
  }
}
