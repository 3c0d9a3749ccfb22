package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code --html} page of the corpus is self-contained (nothing fetched from anywhere), well
 * formed, has one section per report and draws the lock graphs as inline SVG.
 */
class BatchHtmlTest {

  private static final Pattern SECTION = Pattern.compile("<details\\b.*?</details>", Pattern.DOTALL);
  private static final Pattern SVG = Pattern.compile("<svg\\b.*?</svg>", Pattern.DOTALL);
  private static final Pattern SVG_TEXT = Pattern.compile("<text\\b[^>]*>(.*?)</text>", Pattern.DOTALL);

  @TempDir static Path temp;

  private static String page;
  private static List<JsonNode> reports;

  @BeforeAll
  static void batchTheCorpusToAPage() throws IOException {
    Path file = temp.resolve("corpus.html");
    reports = BatchRuns.reports(BatchRuns.jsonl(4, "--html", file.toString(), BatchRuns.corpus().toString()));
    page = Files.readString(file, StandardCharsets.UTF_8);
  }

  @Test
  void thePageReferencesNothingOutsideItself() {
    assertEquals(List.of(), HtmlChecks.externalReferences(page));
  }

  @Test
  void thePageIsWellFormed() {
    assertTrue(page.startsWith("<!DOCTYPE html>"), page.substring(0, 40));
    assertEquals(List.of(), HtmlChecks.markupProblems(page));
  }

  @Test
  void thePageHasOneSectionPerReport() {
    List<String> sections = sections();
    assertEquals(reports.size(), sections.size());
    for (JsonNode report : reports) {
      String source = HtmlChecks.escape(report.path("source").asText());
      assertTrue(sections.stream().anyMatch(s -> s.contains(source)), "no section for " + source);
    }
  }

  @Test
  void everyConfirmedCycleIsDrawnAsAnInlineSvgOfItsLocks() {
    List<JsonNode> cycles = reports.stream()
        .filter(r -> r.path("kind").asText().equals("circular-dependency") && r.path("verdict").asText().equals("CONFIRMED"))
        .toList();
    assertTrue(cycles.size() >= 5, "the corpus has confirmed cycles: " + cycles.size());
    cycles.forEach(BatchHtmlTest::assertLocksDrawn);
  }

  @Test
  void everyReportThatNamesLocksDrawsThemEvenWithoutDependencies() {
    List<JsonNode> single = reports.stream()
        .filter(r -> !r.path("locks").isEmpty())
        .filter(r -> List.of("held-lock-freed", "invalid-wait-context", "bad-unlock-balance", "nested-lock-not-taken")
            .contains(r.path("kind").asText()))
        .toList();
    assertTrue(single.size() >= 4, "the corpus has single-event reports that name locks: " + single.size());
    single.forEach(BatchHtmlTest::assertLocksDrawn);
  }

  /** The report's section has an {@code <svg>} with a box for each lock it names. */
  private static void assertLocksDrawn(JsonNode report) {
    List<String> locks = new ArrayList<>();
    report.path("locks").forEach(lock -> locks.add(HtmlChecks.escape(lock.asText())));
    String source = HtmlChecks.escape(report.path("source").asText());
    assertTrue(sections().stream().filter(s -> s.contains(source)).anyMatch(s -> drawsAll(s, locks)),
        source + ": no <svg> naming " + locks);
  }

  /** Whether one {@code <svg>} of the section has a text box for each lock. */
  private static boolean drawsAll(String section, List<String> locks) {
    Matcher svg = SVG.matcher(section);
    while (svg.find()) {
      List<String> texts = SVG_TEXT.matcher(svg.group()).results().map(t -> t.group(1)).toList();
      if (!locks.isEmpty() && texts.containsAll(locks)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> sections() {
    return SECTION.matcher(page).results().map(m -> m.group()).toList();
  }
}
