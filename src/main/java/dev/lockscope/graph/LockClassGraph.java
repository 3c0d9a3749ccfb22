package dev.lockscope.graph;

import dev.lockscope.report.LockClassName;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The lock classes a report talks about, their usage states and the dependencies between them,
 * each with the evidence the report gives for it. A plain JGraphT graph underneath, so lockdep's
 * rules can run graph algorithms over it.
 */
public final class LockClassGraph {

  private final Graph<LockClassName, DependencyEdge> graph;
  private final Map<LockClassName, LockClassVertex> classes;

  LockClassGraph(
      Graph<LockClassName, DependencyEdge> graph, Map<LockClassName, LockClassVertex> classes) {
    this.graph = graph;
    this.classes = Map.copyOf(classes);
  }

  static Graph<LockClassName, DependencyEdge> emptyGraph() {
    return new DirectedPseudograph<>(DependencyEdge.class);
  }

  /** The dependency structure, for graph algorithms. Read-only by convention. */
  public Graph<LockClassName, DependencyEdge> dependencies() {
    return graph;
  }

  public Optional<LockClassVertex> lockClass(LockClassName name) {
    return Optional.ofNullable(classes.get(name));
  }

  public Set<LockClassName> classNames() {
    return graph.vertexSet();
  }
}
