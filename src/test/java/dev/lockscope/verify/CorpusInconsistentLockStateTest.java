package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.lockscope.SharedFiles;
import dev.lockscope.SharedFiles.CorpusFile;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every inconsistent-lock-state report of the shared corpus. */
class CorpusInconsistentLockStateTest {

  static Stream<Path> files() {
    return SharedFiles.corpusFiles().stream()
        .filter(p -> SharedFiles.corpus(p).get("kind").equals("inconsistent-lock-state"));
  }

  @ParameterizedTest
  @MethodSource("files")
  void foundTitledAndConfirmedUnlessCut(Path path) {
    CorpusFile file = SharedFiles.corpus(path);
    List<Verification> found = Verifications.of(file.body());
    assertFalse(found.isEmpty(), "no report found");
    Verification v = found.get(0);
    assertEquals("inconsistent-lock-state", v.kind());
    String expectedTitle = file.get("expected-title");
    if (!expectedTitle.isEmpty()) {
      assertEquals(expectedTitle, v.title());
    }
    assertNotEquals(Verdict.CONTRADICTED, v.verdict(), v.verdictReason());
    if (file.get("expected-corrupted").equals("yes") || file.get("complete").contains("cut")) {
      assertEquals(Verdict.INCOMPLETE, v.verdict(), v.verdictReason());
    } else {
      assertEquals(Verdict.CONFIRMED, v.verdict(), v.verdictReason());
    }
  }
}
