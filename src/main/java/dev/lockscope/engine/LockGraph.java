package dev.lockscope.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.graph.DirectedPseudograph;

/**
 * The lock-class graph lockdep builds: classes as vertices, dependencies as edges, on a plain
 * JGraphT graph. Edges are kept in the order they were added, which is the order lockdep's
 * searches visit them (its {@code locks_after}/{@code locks_before} lists).
 */
public final class LockGraph {

  /**
   * A pseudograph (a lock may depend on its own class: a recursive reader under a reader) so that JGraphT does not look for an existing edge on every insertion: the
   * {@link #index} already guarantees one dependency per pair, as lockdep's lists do.
   */
  private final Graph<LockClass, Dependency> graph = new DirectedPseudograph<>(null, null, false);
  private final List<LockClass> classes = new ArrayList<>();
  private final Map<Long, Dependency> index = new HashMap<>();

  LockClass addClass(LockClass lockClass) {
    graph.addVertex(lockClass);
    classes.add(lockClass);
    return lockClass;
  }

  int classCount() {
    return classes.size();
  }

  Optional<Dependency> dependency(LockClass from, LockClass to) {
    return Optional.ofNullable(index.get(pair(from, to)));
  }

  Dependency addDependency(LockClass from, LockClass to, int distance, SavedTrace trace) {
    Dependency dependency = new Dependency(from, to, distance, trace);
    graph.addEdge(from, to, dependency);
    index.put(pair(from, to), dependency);
    return dependency;
  }

  private static long pair(LockClass from, LockClass to) {
    return ((long) from.id << 32) | to.id;
  }

  Set<Dependency> after(LockClass lockClass) {
    return graph.outgoingEdgesOf(lockClass);
  }

  Set<Dependency> before(LockClass lockClass) {
    return graph.incomingEdgesOf(lockClass);
  }

  /** The graph itself, read-only, for algorithms and renderers. */
  public Graph<LockClass, Dependency> view() {
    return new org.jgrapht.graph.AsUnmodifiableGraph<>(graph);
  }

  /** The graph as it is now, frozen. */
  public GraphSnapshot snapshot() {
    return GraphSnapshot.of(this);
  }

  /** Every class in registration order. */
  public List<LockClass> classes() {
    return Collections.unmodifiableList(classes);
  }
}
