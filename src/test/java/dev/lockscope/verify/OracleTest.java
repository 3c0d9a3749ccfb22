package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.ingest.ReportKind;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** What a real 6.12 kernel printed for known scenarios (../shared/oracle). */
class OracleTest {


  static Stream<String[]> scenarios() {
    return SharedFiles.read(SharedFiles.shared().resolve("oracle/scenarios.tsv")).lines()
        .skip(1)
        .map(line -> line.split("\t"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void theKernelsVerdictIsFound(String name, String sequence, String expected) {
    String log = SharedFiles.read(SharedFiles.shared().resolve("oracle/logs/" + name + ".log"));
    List<Verification> found = Verifications.of(log);
    Optional<ReportKind> kind =
        Arrays.stream(expected.split("[ ,:;()]")).map(ReportKind::ofId).flatMap(Optional::stream).findFirst();
    if (expected.startsWith("none")) {
      assertTrue(found.isEmpty(), "a clean scenario reported " + found);
      return;
    }
    assertFalse(found.isEmpty(), "nothing found for " + expected);
    assertEquals(kind.orElseThrow().id(), found.get(found.size() - 1).kind());
    Verification v = found.get(found.size() - 1);
    assertEquals(Verdict.CONFIRMED, v.verdict(), v.verdictReason());
    assertTrue(v.checks().stream().noneMatch(c -> c.status() == Status.FAIL || c.status() == Status.WARN),
        v.checks().toString());
  }
}
