package dev.lockscope.explain;

import dev.lockscope.graph.DependencyEdge;
import dev.lockscope.graph.LockClassGraph;
import dev.lockscope.report.LockClassName;
import java.util.HashMap;
import java.util.Map;

/** The lock-class graph as a Mermaid flowchart, which issue trackers draw from Markdown. */
final class MermaidGraph {

  private MermaidGraph() {}

  /** A {@code mermaid} code block, or empty text when the graph has no dependency to draw. */
  static String block(LockClassGraph graph) {
    if (graph.dependencies().edgeSet().isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("```mermaid\ngraph LR\n");
    Map<LockClassName, String> ids = new HashMap<>();
    for (LockClassName name : graph.classNames()) {
      String id = "L" + ids.size();
      ids.put(name, id);
      out.append("  ").append(id).append("[\"").append(escape(name.printed())).append("\"]\n");
    }
    for (DependencyEdge edge : graph.dependencies().edgeSet()) {
      out.append("  ").append(ids.get(edge.from())).append(" --> ").append(ids.get(edge.to())).append('\n');
    }
    return out.append("```\n").toString();
  }

  /** Mermaid labels in quotes take HTML entities for the characters that would end them. */
  private static String escape(String label) {
    return label.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;").replace("#", "&num;");
  }
}
