package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.lockscope.SharedFiles;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A report cut after any line is never contradicted because of the cut, and never throws: every
 * corpus file and every oracle log.
 */
class CutTest {

  static Stream<Named<String>> texts() {
    Stream<Named<String>> corpus =
        SharedFiles.corpusFiles().stream().map(p -> Named.of(p.getFileName().toString(), SharedFiles.corpus(p).body()));
    Stream<Named<String>> oracle =
        OracleTest.scenarios()
            .map(s -> Named.of(s[0], SharedFiles.read(SharedFiles.shared().resolve("oracle/logs/" + s[0] + ".log"))));
    return Stream.concat(corpus, oracle);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("texts")
  void cutAfterAnyLineItIsNeverContradicted(String text) {
    String[] lines = text.split("\n", -1);
    for (int keep = 0; keep <= lines.length; keep++) {
      String cut = String.join("\n", Arrays.copyOf(lines, keep));
      for (Verification v : Verifications.of(cut)) {
        assertNotEquals(Verdict.CONTRADICTED, v.verdict(), "cut after line " + keep + ": " + v.verdictReason());
      }
    }
  }
}
