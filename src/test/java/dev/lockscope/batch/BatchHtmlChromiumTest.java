package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lockscope.cli.CliRun;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real browser (headless Chromium) loads the corpus's {@code --html} page without a console
 * error, builds every report section and lock graph of it, and paints it.
 */
class BatchHtmlChromiumTest {

  @TempDir static Path temp;

  private static Path page;
  private static String html;
  private static HeadlessChromium chromium;

  @BeforeAll
  static void batchTheCorpusToAPage() throws IOException {
    if (!HeadlessChromium.installed()) {
      return;
    }
    page = temp.resolve("corpus.html");
    CliRun run = BatchRuns.batch("--html", page.toString(), BatchRuns.corpus().toString());
    assertEquals("", run.err(), "the batch itself should not fail");
    html = Files.readString(page, StandardCharsets.UTF_8);
    chromium = new HeadlessChromium(temp);
  }

  /** Skips each test, with the reason, where there is no browser (the skip shows in the test report). */
  @BeforeEach
  void needsChromium() {
    assumeTrue(HeadlessChromium.installed(), HeadlessChromium.BINARY + " is missing (Debian package chromium); "
        + "CI installs it (.ci/run); install it to run the browser tests here");
  }

  @Test
  void theBrowserBuildsEverySectionAndGraphWithoutConsoleErrors() throws Exception {
    HeadlessChromium.Result result = chromium.dumpDom(page);
    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(List.of(), result.consoleMessages());
    int sections = HtmlChecks.count(html, "<details");
    int graphs = HtmlChecks.count(html, "<svg");
    assertTrue(sections > 0 && graphs > 0, "the page should have sections and graphs");
    assertEquals(sections, HtmlChecks.count(result.stdout(), "<details"), "report sections in the browser's DOM");
    assertEquals(graphs, HtmlChecks.count(result.stdout(), "<svg"), "lock graphs in the browser's DOM");
    assertTrue(result.stdout().strip().endsWith("</html>"), "the DOM dump is complete");
  }

  @Test
  void theBrowserPaintsThePage() throws Exception {
    Path png = temp.resolve("corpus.png");
    HeadlessChromium.Result result = chromium.screenshot(page, png, 1280, 2000);
    assertEquals(0, result.exitCode(), result.stderr());
    assertEquals(List.of(), result.consoleMessages());
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    assertEquals(2000, image.getHeight());
    assertTrue(colours(image) > 16, "a painted page has text and colours, not a blank window: " + colours(image));
  }

  /** How many distinct colours a sample of the image's pixels has. */
  private static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 3) {
      for (int x = 0; x < image.getWidth(); x += 3) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }

  @Test
  void consoleErrorsWouldBeSeen() throws Exception {
    Path broken = Files.writeString(temp.resolve("broken.html"),
        "<!DOCTYPE html><html><body><script>console.error('logged-error'); notDefined();</script></body></html>\n");
    HeadlessChromium.Result result = chromium.dumpDom(broken);
    List<String> messages = result.consoleMessages();
    assertFalse(messages.isEmpty(), "chromium's log format changed, the console check sees nothing:\n" + result.stderr());
    assertTrue(messages.stream().anyMatch(m -> m.contains("logged-error")), messages.toString());
    assertTrue(messages.stream().anyMatch(m -> m.contains("Uncaught")), messages.toString());
  }
}
