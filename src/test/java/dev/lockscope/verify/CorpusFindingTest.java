package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
 * one of them): found with its kind and syzbot title, confirmed when whole, incomplete (never
 * contradicted) when cut.
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
  void foundWithItsKind(Path path) {
    CorpusFile file = SharedFiles.corpus(path);
    String kind = firstReport(file).kind();
    assertTrue(file.get("kind").equals("other-lockdep") ? KINDS.contains(kind) : file.get("kind").equals(kind), kind);
  }

  @ParameterizedTest
  @MethodSource("files")
  void titledAsSyzbotTitlesIt(Path path) {
    CorpusFile file = SharedFiles.corpus(path);
    String expected = file.get("expected-title");
    assertEquals(expected.isEmpty() ? "" : expected, expected.isEmpty() ? "" : firstReport(file).title());
  }

  @ParameterizedTest
  @MethodSource("files")
  void confirmedWhenWholeIncompleteWhenCut(Path path) {
    CorpusFile file = SharedFiles.corpus(path);
    Verification v = firstReport(file);
    boolean cut = file.cut() || CUT_BY_THE_KERNEL.contains(path.getFileName().toString());
    assertEquals(cut ? Verdict.INCOMPLETE : Verdict.CONFIRMED, v.verdict(), v.verdictReason());
  }

  private static Verification firstReport(CorpusFile file) {
    List<Verification> found = Verifications.of(file.body());
    assertFalse(found.isEmpty(), "no report found");
    return found.get(0);
  }
}
