package dev.lockscope.engine;

import dev.lockscope.report.UsageBit;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The lock-class graph as the engine left it, frozen for readers that outlive the run (a report's
 * verification, its renderers): each class with its usage bits and the evidence that set each,
 * each dependency with its types and the evidence of its first recording, in the engine's order.
 */
public record GraphSnapshot(List<ClassState> classes, List<Edge> edges) {

  /** A usage bit of a class and the event that first set it. */
  public record UsageState(UsageBit bit, Evidence evidence) {}

  /**
   * A class: its printed name, lockdep's four usage characters ({@code {-.-.}}) and every usage
   * bit set, in bit order.
   */
  public record ClassState(String name, String usageChars, List<UsageState> usages) {
    public ClassState {
      usages = List.copyOf(usages);
    }
  }

  /** A dependency {@code from -> to}, its types ({@code EN}, {@code SR}, ...) and the evidence of its first recording. */
  public record Edge(String from, String to, List<String> types, Evidence evidence) {
    public Edge {
      types = List.copyOf(types);
    }
  }

  public GraphSnapshot {
    classes = List.copyOf(classes);
    edges = List.copyOf(edges);
  }

  /** The graph of a run that recorded nothing. */
  public static GraphSnapshot empty() {
    return new GraphSnapshot(List.of(), List.of());
  }

  static GraphSnapshot of(LockGraph graph) {
    List<ClassState> classes = graph.classes().stream().map(GraphSnapshot::state).toList();
    List<Edge> edges = graph.view().edgeSet().stream()
        .map(d -> new Edge(d.from().printedName(), d.to().printedName(), d.typeNames(), d.trace.evidence()))
        .toList();
    return new GraphSnapshot(classes, edges);
  }

  private static ClassState state(LockClass lockClass) {
    List<UsageState> usages = new java.util.ArrayList<>();
    for (int bit = 0; bit < Usage.TRACE_STATES; bit++) {
      SavedTrace trace = lockClass.usageTraces[bit];
      if (lockClass.has(bit) && trace != null) {
        usages.add(new UsageState(Usage.toReport(bit), trace.evidence()));
      }
    }
    return new ClassState(lockClass.printedName(), Usage.chars(lockClass.usageMask), usages);
  }

  /** The classes and dependencies as a JGraphT graph over class names, for layout and search. */
  public Graph<String, Edge> graph() {
    Graph<String, Edge> graph = new DirectedPseudograph<>(null, null, false);
    classes.forEach(c -> graph.addVertex(c.name()));
    edges.forEach(e -> graph.addEdge(e.from(), e.to(), e));
    return graph;
  }
}
