package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The page checks of {@link BatchHtmlTest} see what they look for, so a clean result means something. */
class HtmlChecksTest {

  private static final String CLEAN = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><style>a>b{color:red}</style></head>"
      + "<body><p>a &amp; b &lt; c</p><svg><path d=\"M 0 0\"/><use href=\"#x\"/></svg></body></html>\n";

  @ParameterizedTest
  @ValueSource(strings = {
    "<p>unclosed <b>bold</p>", "<div>never closed", "<p>1 < 2</p>", "<p>fish & chips</p>", "</p>"
  })
  void badMarkupIsSeen(String body) {
    assertEquals(List.of(), HtmlChecks.markupProblems(CLEAN));
    assertFalse(HtmlChecks.markupProblems(CLEAN.replace("<body>", "<body>" + body)).isEmpty(), body);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "<script src=\"app.js\"></script>", "<link rel=\"stylesheet\" href=\"x.css\">", "<img src='//cdn.example/a.png'>",
    "<style>@import 'x.css';</style>", "<div style=\"background: url(x.png)\"></div>", "<a href=\"page2.html\">next</a>",
    "<p>see HTTPS://example.org</p>", "<svg><image xlink:href=\"a.png\"/></svg>"
  })
  void externalReferencesAreSeen(String body) {
    assertEquals(List.of(), HtmlChecks.externalReferences(CLEAN));
    assertFalse(HtmlChecks.externalReferences(CLEAN.replace("<body>", "<body>" + body)).isEmpty(), body);
  }
}
