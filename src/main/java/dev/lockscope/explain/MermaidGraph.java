package dev.lockscope.explain;

import dev.lockscope.engine.GraphSnapshot;
import java.util.HashMap;
import java.util.Map;

/**
 * The engine's lock-class graph of a report as a Mermaid flowchart, which issue trackers draw from
 * Markdown: each class with lockdep's usage characters, each dependency labelled with its types.
 */
final class MermaidGraph {

  private MermaidGraph() {}

  /** A {@code mermaid} code block, or empty text when the graph has no dependency to draw. */
  static String block(GraphSnapshot graph) {
    if (graph.edges().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("```mermaid\ngraph LR\n");
    Map<String, String> ids = new HashMap<>();
    for (GraphSnapshot.ClassState c : graph.classes()) {
      String id = "L" + ids.size();
      ids.put(c.name(), id);
      out.append("  ").append(id).append("[\"").append(Html.mermaidLabel(c.name() + " {" + c.usageChars() + "}")).append("\"]\n");
    }
    for (GraphSnapshot.Edge edge : graph.edges()) {
      out.append("  ").append(ids.get(edge.from())).append(" -->|").append(String.join(",", edge.types())).append("| ")
          .append(ids.get(edge.to())).append('\n');
    }
    return out.append("```\n").toString();
  }
}
