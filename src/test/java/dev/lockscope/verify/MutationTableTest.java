package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every check of the dependency report kinds caught by a one-fact mutation of a real report
 * (the table is {@code src/test/resources/mutations.tsv}): the unmutated report passes the check,
 * the mutated one fails it (or warns, for heuristic checks).
 */
class MutationTableTest {

  static Stream<Arguments> rows() throws IOException {
    try (InputStream in = MutationTableTest.class.getResourceAsStream("/mutations.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", -1))
          .map(c -> Arguments.of(c[0] + " " + c[1], c[0], c[1], c[2], c[3], c[4]))
          .toList()
          .stream();
    }
  }

  static String source(String name) {
    String text;
    if (name.startsWith("oracle:")) {
      text = SharedFiles.read(SharedFiles.shared().resolve("oracle/logs/" + name.substring(7) + ".log"));
    } else if (name.startsWith("corpus:")) {
      text = SharedFiles.corpus(SharedFiles.shared().resolve("corpus/" + name.substring(7))).body();
    } else {
      text = SharedFiles.read(SharedFiles.seed());
    }
    return text.replace("\r", "");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void theOwningCheckCatchesTheMutation(String name, String source, String check, String status, String regex, String replacement) {
    String original = source(source);
    Matcher m = Pattern.compile(regex).matcher(original);
    assertTrue(m.find(), "the mutation does not apply to " + source);
    String mutated = m.replaceFirst(replacement.replace("\\n", "\n"));
    assertNotEquals(original, mutated);
    assertEquals(Status.PASS, status(Verifications.of(original), check), "unmutated " + source);
    List<Verification> found = Verifications.of(mutated);
    assertEquals(Status.valueOf(status), status(found, check), () -> found.get(0).checks().toString());
    if (status.equals("FAIL")) {
      assertEquals(Verdict.CONTRADICTED, found.get(0).verdict());
    }
  }

  private static Status status(List<Verification> found, String check) {
    return found.get(found.size() - 1).checks().stream()
        .filter(c -> c.id().equals(check))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no check " + check))
        .status();
  }
}
