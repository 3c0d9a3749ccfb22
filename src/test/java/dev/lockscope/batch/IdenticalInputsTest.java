package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.lockscope.verify.Verdict;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Identical inputs are analyzed once; inputs that merely share a hash never share an answer. */
class IdenticalInputsTest {

  private final List<String> analyzed = new ArrayList<>();

  private List<ReportOutcome> analyze(byte[] content) {
    String text = new String(content, StandardCharsets.UTF_8);
    analyzed.add(text);
    return List.of(new ReportOutcome(0, "k", Verdict.CONFIRMED, "s", text, List.of(), List.of(),
        SourceTemplate.afterName(": " + text), SourceTemplate.EMPTY, false));
  }

  private static ByteBuffer direct(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    return ByteBuffer.allocateDirect(bytes.length + 3).put(bytes).flip();
  }

  @Test
  void anIdenticalInputIsAnsweredWithoutAnalysis() {
    IdenticalInputs inputs = new IdenticalInputs(1 << 20);
    List<ReportOutcome> first = inputs.outcomes(direct("a log with a report"), this::analyze);
    List<ReportOutcome> second = inputs.outcomes(direct("a log with a report"), this::analyze);
    assertSame(first, second);
    assertEquals(List.of("a log with a report"), analyzed);
  }

  @Test
  void inputsThatDifferOnlyWhereTheHashDoesNotLookAreBothAnalyzed() {
    String base = "x".repeat(8 * 1000);
    String other = base.substring(0, 4050) + "y" + base.substring(4051);
    assertEquals(IdenticalInputs.hash(direct(base)), IdenticalInputs.hash(direct(other)), "the test needs a shared hash");
    IdenticalInputs inputs = new IdenticalInputs(1 << 20);
    assertEquals(base, inputs.outcomes(direct(base), this::analyze).get(0).title());
    assertEquals(other, inputs.outcomes(direct(other), this::analyze).get(0).title());
    assertEquals(base, inputs.outcomes(direct(base), this::analyze).get(0).title());
    assertEquals(2, analyzed.size());
  }

  @Test
  void theHashSeesLengthAndSampledWords() {
    assertNotEquals(IdenticalInputs.hash(direct("abcdefgh")), IdenticalInputs.hash(direct("abcdefgh ")));
    assertNotEquals(IdenticalInputs.hash(direct("abc")), IdenticalInputs.hash(direct("abd")));
    assertNotEquals(IdenticalInputs.hash(direct("0123456789abcdef")), IdenticalInputs.hash(direct("0123456789abcdeF")));
    assertEquals(IdenticalInputs.hash(direct("")), IdenticalInputs.hash(ByteBuffer.allocate(0)));
  }

  @Test
  void pastItsBudgetItForgetsAndStartsOver() {
    IdenticalInputs inputs = new IdenticalInputs(800);
    inputs.outcomes(direct("one"), this::analyze);
    inputs.outcomes(direct("two"), this::analyze);
    inputs.outcomes(direct("one"), this::analyze);
    assertEquals(List.of("one", "two", "one"), analyzed);
  }
}
