package dev.lockscope.explain;

import dev.lockscope.verify.CheckResult;
import dev.lockscope.verify.SourceResult;
import dev.lockscope.verify.Verdict;
import dev.lockscope.verify.Verification;

/** Plain text for terminals and mail, optionally coloured (only on a TTY, never with NO_COLOR). */
public final class TextRenderer implements Renderer {

  private final ExplanationBuilder explainer;
  private final boolean color;

  TextRenderer(ExplanationBuilder explainer, boolean color) {
    this.explainer = explainer;
    this.color = color;
  }

  @Override
  public String render(SourceResult result, boolean withExplanation) {
    StringBuilder out = new StringBuilder();
    if (result.reports().isEmpty()) {
      return noReport(result.source()) + "\n";
    }
    for (Verification v : result.reports()) {
      out.append(result.source()).append(afterSource(v, paint(v.verdict()))).append('\n');
      out.append("  ").append(v.verdictReason()).append('\n');
      if (withExplanation) {
        ExplanationText.lines(explainer.explain(v)).forEach(l -> out.append(l).append('\n'));
      }
      if (!v.checks().isEmpty()) {
        out.append("Checks:\n");
        for (CheckResult c : v.checks()) {
          String line = c.line() > 0 ? " (line " + c.line() + ")" : "";
          out.append("  %-7s %s%s: %s -- %s%n".formatted(c.status(), c.id(), line, c.claim(), c.evidence()));
        }
      }
      out.append("signature ").append(v.signature()).append('\n');
    }
    return out.toString();
  }

  /**
   * The first line of a report, {@code SOURCE:FIRST-LAST: TITLE [KIND]: VERDICT}, after its
   * {@code SOURCE}: what does not depend on where the report was found.
   */
  public static String headlineAfterSource(Verification v) {
    return afterSource(v, v.verdict().name());
  }

  /** The line for an input without any lockdep report. */
  public static String noReport(String source) {
    return source + ": no lockdep report found";
  }

  private static String afterSource(Verification v, String verdict) {
    var extent = v.evidence().report().extent();
    return ":%d-%d: %s [%s]: %s".formatted(extent.firstLine(), extent.lastLine(), v.title(), v.kind(), verdict);
  }

  private String paint(Verdict verdict) {
    if (!color) {
      return verdict.name();
    }
    String code = switch (verdict) {
      case CONFIRMED -> "32";
      case CONTRADICTED -> "31";
      case INCOMPLETE -> "33";
    };
    return "\u001b[1;" + code + "m" + verdict.name() + "\u001b[0m";
  }
}
