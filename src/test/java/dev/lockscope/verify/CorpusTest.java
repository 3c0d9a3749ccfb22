package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.SharedFiles.CorpusFile;
import dev.lockscope.ingest.ReportKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the shared corpus: its report found with the kind of its header, never
 * contradicted, INCOMPLETE when the text is cut; and syzbot's title reproduced on at least 95% of
 * the files that have one, every miss listed with its reason in {@code corpus-exceptions.tsv} and
 * in {@code target/title-report.txt}.
 */
class CorpusTest {

  private static final Pattern CUT = Pattern.compile("cut|trimmed|truncated|snip|excerpt|ends after|missing");
  private static final Map<String, String> EXCEPTIONS = exceptions();

  static Stream<Path> files() {
    return SharedFiles.corpusFiles().stream();
  }

  private static Map<String, String> exceptions() {
    try (InputStream in = CorpusTest.class.getResourceAsStream("/corpus-exceptions.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", 4))
          .collect(Collectors.toMap(c -> c[0] + "|" + c[1], c -> c[2] + "|" + c[3]));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  static boolean cut(CorpusFile file) {
    return file.get("expected-corrupted").equals("yes")
        || (file.get("complete").startsWith("partial") && CUT.matcher(file.get("complete")).find());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("files")
  void foundWithItsKindAndNeverContradicted(Path path) {
    CorpusFile file = SharedFiles.corpus(path);
    List<Verification> found = Verifications.of(file.body());
    assertFalse(found.isEmpty(), "no report found");
    String kind = file.get("kind");
    Verification first = found.get(0);
    if (kind.equals("other-lockdep")) {
      assertTrue(ReportKind.ofId(first.kind()).isPresent(), first.kind());
    } else {
      assertEquals(kind, first.kind());
    }
    for (Verification v : found) {
      assertNotEquals(Verdict.CONTRADICTED, v.verdict(), v.verdictReason());
    }
    String name = path.getFileName().toString();
    String exception = EXCEPTIONS.get(name + "|verdict");
    Verdict expected =
        exception != null ? Verdict.valueOf(exception.split("\\|")[0]) : cut(file) ? Verdict.INCOMPLETE : Verdict.CONFIRMED;
    assertEquals(expected, first.verdict(), first.verdictReason());
    if (expected == Verdict.INCOMPLETE) {
      assertFalse(first.evidence().report().extent().missingSections().isEmpty(), "an INCOMPLETE report names what is missing");
    }
  }

  @Test
  void syzbotTitlesAreReproduced() throws IOException {
    List<String> report = new ArrayList<>();
    int titled = 0;
    int matched = 0;
    for (Path path : SharedFiles.corpusFiles()) {
      CorpusFile file = SharedFiles.corpus(path);
      String expected = file.get("expected-title");
      if (expected.isEmpty()) {
        continue;
      }
      titled++;
      List<String> accepted = new ArrayList<>(List.of(expected));
      Arrays.stream(file.get("expected-alt-titles").split(" \\| ")).filter(t -> !t.isBlank()).forEach(accepted::add);
      List<Verification> found = Verifications.of(file.body());
      String actual = found.isEmpty() ? "(no report)" : found.get(0).title();
      String name = path.getFileName().toString();
      if (accepted.contains(actual)) {
        matched++;
      } else {
        String reason = EXCEPTIONS.get(name + "|title");
        report.add(name + ": expected \"" + expected + "\", got \"" + actual + "\""
            + (reason == null ? " (UNEXPLAINED)" : ": " + reason.substring(reason.indexOf('|') + 1)));
      }
    }
    report.add(0, "syzbot titles reproduced: %d of %d (%.1f%%)".formatted(matched, titled, 100.0 * matched / titled));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/title-report.txt"), report);
    report.forEach(System.out::println);
    assertTrue(matched >= 0.95 * titled, String.join("\n", report));
    assertTrue(report.stream().noneMatch(l -> l.endsWith("(UNEXPLAINED)")), String.join("\n", report));
  }
}
