package dev.lockscope.batch;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.explain.Html;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.CircularLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * Draws a report's lock-class graph (the engine's, after replaying the report) as inline SVG: the
 * classes placed by JGraphT's circular layout in the order the engine registered them, each
 * dependency as an arrow from the lock held to the lock taken (a dependency of a class on itself
 * as a loop); hovering a class shows its usage bits and where each was set, hovering an arrow its
 * dependency types and where it was recorded. No scripts, no external references.
 */
final class LockGraphSvg {

  private static final double CHAR_WIDTH = 6.6;
  private static final double BOX_HEIGHT = 22;
  private static final double MARGIN = 16;
  private static final double ARROW = 8;

  private record Point(double x, double y) {}

  private LockGraphSvg() {}

  /**
   * The SVG element, or an empty string when there is no class to draw. The classes the report
   * names are drawn too when the replay did not register them (a lock only released, a report
   * that was not replayed), as boxes without arrows.
   */
  static String draw(GraphSnapshot snapshot, List<String> namedLocks) {
    Map<String, String> tooltips = tooltips(snapshot, namedLocks);
    if (tooltips.isEmpty()) {
      return "";
    }
    Graph<String, GraphSnapshot.Edge> graph = snapshot.graph();
    tooltips.keySet().forEach(graph::addVertex);
    List<String> order = new ArrayList<>(tooltips.keySet());
    double widest = order.stream().mapToDouble(LockGraphSvg::boxWidth).max().orElse(0);
    double radius = order.size() == 1 ? 0 : Math.max(70, 24.0 * order.size());
    boolean loop = graph.edgeSet().stream().anyMatch(e -> e.from().equals(e.to()));
    double width = 2 * radius + widest + 2 * MARGIN;
    double height = 2 * radius + BOX_HEIGHT + 2 * MARGIN + (loop ? 30 : 0);
    Map<String, Point> at = layout(graph, order, radius, new Point((width - 2 * radius) / 2, (height - 2 * radius) / 2 + (loop ? 15 : 0)));
    StringBuilder svg = new StringBuilder(f("<svg class=\"graph\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\">", width, height, width, height));
    svg.append("<title>lock classes and dependencies</title>");
    graph.edgeSet().forEach(e -> svg.append(edge(at.get(e.from()), at.get(e.to()), edgeTooltip(e))));
    order.forEach(c -> svg.append(box(c, at.get(c), tooltips.get(c))));
    return svg.append("</svg>").toString();
  }

  /** Each class's tooltip, in the order to draw them: its usage bits and where each was set. */
  private static Map<String, String> tooltips(GraphSnapshot snapshot, List<String> namedLocks) {
    Map<String, String> tooltips = new LinkedHashMap<>();
    for (GraphSnapshot.ClassState c : snapshot.classes()) {
      tooltips.put(c.name(), c.name() + " {" + c.usageChars() + "}" + c.usages().stream()
          .map(u -> "\n{" + u.bit().printedName() + "} at " + u.evidence().where()).collect(Collectors.joining()));
    }
    namedLocks.forEach(name -> tooltips.putIfAbsent(name, name));
    return tooltips;
  }

  private static String edgeTooltip(GraphSnapshot.Edge e) {
    return e.from() + " -> " + e.to() + " " + e.types() + "\nrecorded at " + e.evidence().where();
  }

  /** JGraphT's circular layout, in drawing order, moved so that every box fits. */
  private static Map<String, Point> layout(Graph<String, GraphSnapshot.Edge> graph, List<String> order, double radius, Point corner) {
    if (order.size() == 1) {
      return Map.of(order.get(0), corner);
    }
    MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(corner.x, corner.y, 2 * radius, 2 * radius));
    new CircularLayoutAlgorithm2D<String, GraphSnapshot.Edge>(radius, Comparator.comparingInt(order::indexOf)).layout(graph, model);
    Map<String, Point> at = new LinkedHashMap<>();
    for (String name : order) {
      Point2D p = model.get(name);
      at.put(name, new Point(p.getX(), p.getY()));
    }
    return at;
  }

  private static double boxWidth(String name) {
    return name.length() * CHAR_WIDTH + 12;
  }

  private static String box(String name, Point p, String tooltip) {
    double w = boxWidth(name);
    return f("<g class=\"class\"><title>%s</title><rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"5\"/>"
            + "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">%s</text></g>",
        Html.escape(tooltip), p.x - w / 2, p.y - BOX_HEIGHT / 2, w, BOX_HEIGHT, p.x, p.y + 4, Html.escape(name));
  }

  /** A dependency's arrow with its tooltip. */
  private static String edge(Point from, Point to, String tooltip) {
    return "<g class=\"dependency\"><title>" + Html.escape(tooltip) + "</title>" + arrow(from, to) + "</g>";
  }

  /** An arrow from box to box, stopping short of both, or a loop above the box. */
  private static String arrow(Point from, Point to) {
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
