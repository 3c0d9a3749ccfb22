package dev.lockscope.batch;

import dev.lockscope.graph.DependencyEdge;
import dev.lockscope.graph.LockClassGraph;
import dev.lockscope.report.LockClassName;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jgrapht.Graph;

/**
 * Draws a report's lock-class graph as inline SVG: the classes on a circle (in the order the report
 * names them), each dependency as an arrow from the lock held to the lock taken, a dependency of a
 * class on itself as a loop. No scripts, no external references.
 */
final class LockGraphSvg {

  private static final double CHAR_WIDTH = 6.6;
  private static final double BOX_HEIGHT = 22;
  private static final double MARGIN = 16;
  private static final double ARROW = 8;

  private record Point(double x, double y) {}

  private LockGraphSvg() {}

  /**
   * The SVG element, or an empty string when there is no class to draw. A report without
   * dependencies (the single-event kinds) gets the classes it names, as boxes without arrows.
   */
  static String draw(LockClassGraph lockGraph, List<String> namedLocks) {
    Graph<LockClassName, DependencyEdge> graph = lockGraph.dependencies();
    List<LockClassName> classes = graph.vertexSet().isEmpty()
        ? namedLocks.stream().map(LockClassName::new).distinct().toList()
        : List.copyOf(graph.vertexSet());
    if (classes.isEmpty()) {
      return "";
    }
    double widest = classes.stream().mapToDouble(c -> boxWidth(c)).max().orElse(0);
    double radius = classes.size() == 1 ? 0 : Math.max(70, 24.0 * classes.size());
    double width = 2 * radius + widest + 2 * MARGIN;
    double height = 2 * radius + BOX_HEIGHT + 2 * MARGIN + (hasLoop(graph) ? 30 : 0);
    Point center = new Point(width / 2, height / 2 + (hasLoop(graph) ? 15 : 0));
    Map<LockClassName, Point> at = new HashMap<>();
    for (int i = 0; i < classes.size(); i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / classes.size();
      at.put(classes.get(i), new Point(center.x + radius * Math.cos(angle), center.y + radius * Math.sin(angle)));
    }
    StringBuilder svg = new StringBuilder(f("<svg class=\"graph\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\">", width, height, width, height));
    svg.append("<title>lock classes and dependencies</title>");
    graph.edgeSet().forEach(edge -> svg.append(edge(at.get(edge.from()), at.get(edge.to()))));
    classes.forEach(c -> svg.append(box(c, at.get(c))));
    return svg.append("</svg>").toString();
  }

  private static boolean hasLoop(Graph<LockClassName, DependencyEdge> graph) {
    return graph.edgeSet().stream().anyMatch(e -> e.from().equals(e.to()));
  }

  private static double boxWidth(LockClassName name) {
    return name.printed().length() * CHAR_WIDTH + 12;
  }

  private static String box(LockClassName name, Point p) {
    double w = boxWidth(name);
    return f("<g class=\"class\"><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"5\"/>"
            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>",
        p.x - w / 2, p.y - BOX_HEIGHT / 2, w, BOX_HEIGHT, p.x, p.y + 4, Html.escape(name.printed()));
  }

  /** An arrow from box to box, stopping short of both, or a loop above the box. */
  private static String edge(Point from, Point to) {
    if (from.equals(to)) {
      return f("<path class=\"dep\" d=\"M %.1f %.1f C %.1f %.1f, %.1f %.1f, %.1f %.1f\"/>%s",
          from.x - 10, from.y - BOX_HEIGHT / 2, from.x - 30, from.y - 45, from.x + 30, from.y - 45,
          from.x + 10, from.y - BOX_HEIGHT / 2, head(new Point(from.x + 10, from.y - BOX_HEIGHT / 2), Math.PI / 2.6));
    }
    double angle = Math.atan2(to.y - from.y, to.x - from.x);
    double gap = BOX_HEIGHT;
    Point start = new Point(from.x + gap * Math.cos(angle), from.y + gap * Math.sin(angle));
    Point end = new Point(to.x - gap * Math.cos(angle), to.y - gap * Math.sin(angle));
    return f("<line class=\"dep\" x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>%s",
        start.x, start.y, end.x, end.y, head(end, angle));
  }

  private static String head(Point tip, double angle) {
    Point left = new Point(tip.x - ARROW * Math.cos(angle - 0.4), tip.y - ARROW * Math.sin(angle - 0.4));
    Point right = new Point(tip.x - ARROW * Math.cos(angle + 0.4), tip.y - ARROW * Math.sin(angle + 0.4));
    return f("<polygon class=\"head\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\"/>",
        tip.x, tip.y, left.x, left.y, right.x, right.y);
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
