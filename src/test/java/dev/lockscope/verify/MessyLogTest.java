package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.lockscope.SharedFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whole logs: several reports, replays, and a cut at any line of any sample. */
class MessyLogTest {

  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(SharedFiles.samples())) {
      return files.filter(p -> p.toString().endsWith(".log")).sorted().toList().stream();
    }
  }

  private static String oracle(String name) {
    return SharedFiles.read(SharedFiles.shared().resolve("oracle/logs/" + name + ".log"));
  }

  @Test
  void severalReportsComeOutInInputOrder() {
    String log = oracle("abc_cycle") + oracle("softirq_inconsistent") + "\nsome other output\n" + oracle("softirq_inversion");
    List<String> kinds = Verifications.of(log).stream().map(Verification::kind).toList();
    assertEquals(List.of("circular-dependency", "inconsistent-lock-state", "irq-inversion"), kinds);
  }

  @Test
  void aReplayedReportIsReportedOnce() {
    String report = oracle("abba_mutex");
    assertEquals(1, Verifications.of(report + "\n" + report).size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void aCutAtAnyLineIsNeverContradictedAndNeverThrows(Path sample) {
    String[] lines = SharedFiles.read(sample).split("\n", -1);
    for (int keep = 0; keep <= lines.length; keep++) {
      String cut = String.join("\n", Arrays.copyOf(lines, keep));
      for (Verification v : Verifications.of(cut)) {
        assertNotEquals(Verdict.CONTRADICTED, v.verdict(), "cut after line " + keep + ": " + v.verdictReason());
      }
    }
  }
}
