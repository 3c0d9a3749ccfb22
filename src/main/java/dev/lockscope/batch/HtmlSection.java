package dev.lockscope.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.explain.Html;
import dev.lockscope.verify.Verdict;
import java.util.List;

/**
 * One report's section of the HTML page, built from the same JSON object as its JSONL line: the
 * verdict and why, the explanation, the lock graph as SVG and the checks. Folded by default.
 */
final class HtmlSection {

  private HtmlSection() {}

  /** The section of a report found in {@code source}. */
  static String of(String source, Verdict verdict, String title, ObjectNode report, GraphSnapshot graph, List<String> locks) {
    StringBuilder html = new StringBuilder(4096);
    html.append("<details class=\"report\"><summary><span class=\"verdict ").append(verdict.name()).append("\">")
        .append(verdict.name()).append("</span> ").append(Html.escape(source));
    html.append(Html.escape(":" + report.path("first_line").asInt() + "-" + report.path("last_line").asInt()))
        .append(" &mdash; ").append(Html.escape(title)).append("</summary>\n");
    html.append("<p class=\"reason\">").append(Html.escape(report.path("verdict_reason").asText())).append("</p>\n");
    html.append("<pre class=\"explanation\">").append(Html.escape(report.path("explanation").asText())).append("</pre>\n");
    html.append(LockGraphSvg.draw(graph, locks)).append('\n');
    appendChecks(html, report.path("checks"));
    return html.append("</details>\n").toString();
  }

  private static void appendChecks(StringBuilder html, JsonNode checks) {
    if (checks.isEmpty()) {
      return;
    }
    html.append("<table class=\"checks\"><tr><th>status</th><th>check</th><th>line</th><th>claim</th><th>evidence</th></tr>\n");
    for (JsonNode check : checks) {
      html.append("<tr class=\"").append(Html.escape(check.path("status").asText())).append("\">");
      for (String field : new String[] {"status", "id", "line", "claim", "evidence"}) {
        html.append("<td>").append(Html.escape(check.path(field).asText())).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table>\n");
  }
}
