package dev.lockscope.explain;

import dev.lockscope.verify.CheckResult;
import dev.lockscope.verify.SourceResult;
import dev.lockscope.verify.Verification;

/** Markdown for issue trackers and mail replies. */
final class MarkdownRenderer implements Renderer {

  private final ExplanationBuilder explainer;

  MarkdownRenderer(ExplanationBuilder explainer) {
    this.explainer = explainer;
  }

  @Override
  public String render(SourceResult result, boolean withExplanation) {
    StringBuilder out = new StringBuilder();
    if (result.reports().isEmpty()) {
      return "No lockdep report found in `" + result.source() + "`.\n";
    }
    for (Verification v : result.reports()) {
      var extent = v.evidence().report().extent();
      out.append("## ").append(v.title()).append(": **").append(v.verdict()).append("**\n\n");
      out.append("`%s` lines %d-%d, kind `%s`, signature `%s`%n%n".formatted(
          result.source(), extent.firstLine(), extent.lastLine(), v.kind(), v.signature()));
      out.append(v.verdictReason()).append("\n\n");
      if (withExplanation) {
        out.append("```\n").append(ExplanationText.text(explainer.explain(v))).append("\n```\n\n");
        out.append(MermaidGraph.block(v.evidence().graph()));
      }
      if (!v.checks().isEmpty()) {
        out.append("| status | check | line | claim | evidence |\n|---|---|---|---|---|\n");
        for (CheckResult c : v.checks()) {
          out.append("| %s | `%s` | %s | %s | %s |%n".formatted(
              c.status(), c.id(), c.line() > 0 ? c.line() : "", cell(c.claim()), cell(c.evidence())));
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
