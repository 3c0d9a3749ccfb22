package dev.lockscope.semantics;

import dev.lockscope.graph.DependencyEdge;
import dev.lockscope.graph.LockClassGraph;
import dev.lockscope.report.LockClassName;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;

/**
 * Lockdep's cycle question (spec section 6): does the new dependency {@code prev -> next} close a
 * cycle, i.e. is there a path {@code next -> ... -> prev} in the recorded dependencies?
 */
public final class CycleFinder {

  /** The cycle {@code next, ..., prev} when the edge and the way back exist. */
  public Optional<List<LockClassName>> cycleThrough(
      LockClassGraph classes, LockClassName prev, LockClassName next) {
    Graph<LockClassName, DependencyEdge> graph = classes.dependencies();
    if (!graph.containsVertex(prev) || !graph.containsVertex(next) || !graph.containsEdge(prev, next)) {
      return Optional.empty();
    }
    if (prev.equals(next)) {
      return Optional.of(List.of(prev));
    }
    GraphPath<LockClassName, DependencyEdge> back =
        new DijkstraShortestPath<>(graph).getPath(next, prev);
    return back == null ? Optional.empty() : Optional.of(new ArrayList<>(back.getVertexList()));
  }

  /** The shortest path {@code from -> ... -> to}, if any. */
  public Optional<List<LockClassName>> path(LockClassGraph classes, LockClassName from, LockClassName to) {
    Graph<LockClassName, DependencyEdge> graph = classes.dependencies();
    if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
      return Optional.empty();
    }
    GraphPath<LockClassName, DependencyEdge> path = new DijkstraShortestPath<>(graph).getPath(from, to);
    return path == null ? Optional.empty() : Optional.of(List.copyOf(path.getVertexList()));
  }
}
