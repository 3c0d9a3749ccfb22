package dev.lockscope.explain;

import java.util.ArrayList;
import java.util.List;

/** Lays an {@link Explanation} out as plain text lines (also the JSON "explanation" value). */
final class ExplanationText {

  private ExplanationText() {}

  static List<String> lines(Explanation explanation) {
    List<String> lines = new ArrayList<>();
    lines.add(explanation.summary());
    int n = 1;
    for (LockUse use : explanation.uses()) {
      lines.add(" %d. %s%s".formatted(n++, use.context(), use.label().isEmpty() ? "" : " " + use.label()));
      lines.add("    " + use.site() + (use.api().isEmpty() ? "" : ", via " + use.api()));
      if (!use.path().isEmpty()) {
        lines.add("    <- " + String.join(" <- ", use.path()));
      }
    }
    if (!explanation.timeline().isEmpty()) {
      lines.add(explanation.timelineTitle());
      explanation.timeline().forEach(step -> lines.add("  " + step));
    }
    if (!explanation.why().isEmpty()) {
      lines.add("Why: " + explanation.why());
    }
    if (!explanation.fixes().isEmpty()) {
      lines.add("Fix:");
      explanation.fixes().forEach(fix -> lines.add("  - " + fix));
    }
    if (!explanation.envelope().isEmpty()) {
      lines.add("Read after undoing: " + explanation.envelope() + ".");
    }
    lines.addAll(explanation.replay());
    return lines;
  }

  static String text(Explanation explanation) {
    return String.join("\n", lines(explanation));
  }
}
