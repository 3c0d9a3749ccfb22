package dev.lockscope.batch;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lockscope.verify.Verdict;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The summary of a batch as text (after the report lines) or as the last JSONL line. */
final class SummaryRenderer {

  /** How many signatures and lock classes the summary lists. */
  static final int TOP = 10;

  private SummaryRenderer() {}

  /** The two closing lines of every text output. */
  static String brief(Summary summary) {
    String internal = summary.internalErrors() == 0 ? ""
        : String.format(Locale.ROOT, "%d internal errors of lockscope (a bug: please report it)%n", summary.internalErrors());
    return internal + String.format(Locale.ROOT,
        "%d files (%.1f MB), %d reports, %d without a report, %d errors%n"
            + "%d CONFIRMED, %d CONTRADICTED, %d INCOMPLETE; %d distinct signatures%n",
        summary.files(), summary.bytes() / 1e6, summary.reports(), summary.withoutReport(), summary.errors(),
        summary.count(Verdict.CONFIRMED), summary.count(Verdict.CONTRADICTED), summary.count(Verdict.INCOMPLETE),
        summary.groups().size());
  }

  /** The full summary: kinds by verdict, top signatures with their titles, merged titles, top lock classes. */
  static String detailed(Summary summary) {
    StringBuilder out = new StringBuilder("\nReports by kind and verdict:\n");
    out.append(String.format(Locale.ROOT, "  %-26s %10s %13s %11s%n", "kind", "CONFIRMED", "CONTRADICTED", "INCOMPLETE"));
    summary.byKind().forEach((kind, counts) -> out.append(String.format(Locale.ROOT, "  %-26s %10d %13d %11d%n", kind,
        counts.getOrDefault(Verdict.CONFIRMED, 0L), counts.getOrDefault(Verdict.CONTRADICTED, 0L),
        counts.getOrDefault(Verdict.INCOMPLETE, 0L))));
    out.append("\nTop signatures (reports; the titles syzbot gives them):\n");
    summary.groups().stream().limit(TOP).forEach(group -> appendGroup(out, group));
    Map<String, Set<String>> merged = summary.mergedTitles();
    if (!merged.isEmpty()) {
      out.append("\nTitles that merge different signatures:\n");
      merged.forEach((title, signatures) ->
          out.append("  \"").append(title).append("\": ").append(String.join(", ", signatures)).append('\n'));
    }
    out.append("\nTop lock classes (reports):\n");
    summary.lockClasses().stream().limit(TOP)
        .forEach(e -> out.append(String.format(Locale.ROOT, "  %6d  %s%n", e.getValue(), e.getKey())));
    return out.toString();
  }

  private static void appendGroup(StringBuilder out, SignatureGroup group) {
    out.append(String.format(Locale.ROOT, "  %s %6d  %s  %s", group.signature(), group.reports(), group.kind(),
        String.join(", ", group.locks())).stripTrailing()).append('\n');
    group.titles().forEach(title ->
        out.append(String.format(Locale.ROOT, "      %6d  %s%n", title.getValue(), title.getKey())));
    if (group.titles().size() > 1) {
      out.append("      (title-based grouping splits this bug into ").append(group.titles().size()).append(" titles)\n");
    }
  }

  /** The summary as one JSONL line: {@code {"summary": {...}}}. */
  static String json(Summary summary) {
    ObjectNode root = new ObjectMapper().createObjectNode();
    ObjectNode node = root.putObject("summary");
    node.put("files", summary.files());
    node.put("bytes", summary.bytes());
    node.put("reports", summary.reports());
    node.put("without_report", summary.withoutReport());
    node.put("errors", summary.errors());
    node.put("internal_errors", summary.internalErrors());
    ObjectNode kinds = node.putObject("by_kind");
    summary.byKind().forEach((kind, counts) -> {
      ObjectNode verdicts = kinds.putObject(kind);
      counts.forEach((verdict, count) -> verdicts.put(verdict.name(), count));
    });
    ArrayNode signatures = node.putArray("signatures");
    summary.groups().stream().limit(TOP).forEach(group -> signature(signatures.addObject(), group));
    ArrayNode merged = node.putArray("merged_titles");
    summary.mergedTitles().forEach((title, sigs) -> {
      ObjectNode entry = merged.addObject().put("title", title);
      sigs.forEach(entry.putArray("signatures")::add);
    });
    ArrayNode locks = node.putArray("lock_classes");
    summary.lockClasses().stream().limit(TOP)
        .forEach(e -> locks.addObject().put("lock", e.getKey()).put("reports", e.getValue()));
    return RecordRenderer.write(root);
  }

  private static void signature(ObjectNode node, SignatureGroup group) {
    node.put("signature", group.signature());
    node.put("kind", group.kind());
    group.locks().forEach(node.putArray("locks")::add);
    node.put("reports", group.reports());
    ArrayNode titles = node.putArray("titles");
    group.titles().forEach(t -> titles.addObject().put("title", t.getKey()).put("reports", t.getValue()));
  }
}
