package dev.lockscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Lockdep's breadth-first search for a strong dependency path ({@code __bfs} in
 * {@code kernel/locking/lockdep.c}), as an algorithm object over the {@link LockGraph}.
 *
 * <p>A path is strong when no lock on it is entered as a recursive reader (-(*R)->) and left as a
 * shared holder (-(S*)->). Like the kernel, the search visits each class once, first reached
 * first served (with the type state of that first visit), expands edges in the order they were
 * added, and tests the root itself before anything else; so it finds the path the kernel finds.
 */
final class StrongPathSearch {

  /** Which way the search follows the edges. */
  enum Direction {
    FORWARD,
    BACKWARD
  }

  /** A test on a reached class; {@code onlyRecursive} says the path into it has only -(*R)-> left. */
  interface Matcher {
    boolean matches(LockClass lockClass, boolean onlyRecursive);
  }

  /** A class the search matched and the strong path to it, edges from the root onwards. */
  record Found(LockClass target, boolean onlyRecursive, List<Dependency> path) {

    int depth() {
      return path.size();
    }
  }

  private final LockGraph graph;
  private final ArrayDeque<Dependency> queue = new ArrayDeque<>();
  private int generation;
  private int[] visited = new int[64];
  private Dependency[] parentEdge = new Dependency[64];
  private boolean[] onlyRecursive = new boolean[64];

  StrongPathSearch(LockGraph graph) {
    this.graph = graph;
  }

  /**
   * Searches from {@code root} for a class {@code matcher} accepts.
   *
   * @param rootOnlyRecursive the root's starting state ({@code bfs_init_root}: the root was entered
   *     as a recursive reader, so the first edge may not be -(S*)->)
   * @param skipUnusual skip classes that are not normal locks ({@code usage_skip})
   */
  Optional<Found> search(
      LockClass root, boolean rootOnlyRecursive, Direction direction, Matcher matcher, boolean skipUnusual) {
    start();
    visited[root.id] = generation;
    parentEdge[root.id] = null;
    onlyRecursive[root.id] = rootOnlyRecursive;
    if (skipUnusual && !root.normal()) {
      return Optional.empty();
    }
    if (matcher.matches(root, rootOnlyRecursive)) {
      return Optional.of(new Found(root, rootOnlyRecursive, List.of()));
    }
    enqueue(root, direction);
    while (!queue.isEmpty()) {
      Dependency edge = queue.poll();
      LockClass reached = direction == Direction.FORWARD ? edge.to : edge.from;
      LockClass parent = direction == Direction.FORWARD ? edge.from : edge.to;
      if (visited[reached.id] == generation) {
        continue;
      }
      visited[reached.id] = generation;
      int types = direction == Direction.FORWARD ? edge.types : edge.backwardTypes();
      if (onlyRecursive[parent.id]) {
        types &= ~(Dependency.SR_MASK | Dependency.SN_MASK);
      }
      if (types == 0) {
        continue;
      }
      boolean reachedOnlyRecursive = (types & (Dependency.SN_MASK | Dependency.EN_MASK)) == 0;
      onlyRecursive[reached.id] = reachedOnlyRecursive;
      parentEdge[reached.id] = edge;
      if (skipUnusual && !reached.normal()) {
        continue;
      }
      if (matcher.matches(reached, reachedOnlyRecursive)) {
        queue.clear();
        return Optional.of(new Found(reached, reachedOnlyRecursive, pathTo(reached, direction)));
      }
      enqueue(reached, direction);
    }
    return Optional.empty();
  }

  private void enqueue(LockClass lockClass, Direction direction) {
    for (Dependency edge : direction == Direction.FORWARD ? graph.after(lockClass) : graph.before(lockClass)) {
      queue.add(edge);
    }
  }

  private List<Dependency> pathTo(LockClass target, Direction direction) {
    List<Dependency> path = new ArrayList<>();
    for (Dependency edge = parentEdge[target.id]; edge != null; ) {
      path.add(edge);
      LockClass parent = direction == Direction.FORWARD ? edge.from : edge.to;
      edge = parentEdge[parent.id];
    }
    Collections.reverse(path);
    return path;
  }

  private void start() {
    generation++;
    int classes = graph.classCount();
    if (visited.length < classes) {
      int size = Math.max(classes, visited.length * 2);
      visited = Arrays.copyOf(visited, size);
      parentEdge = Arrays.copyOf(parentEdge, size);
      onlyRecursive = Arrays.copyOf(onlyRecursive, size);
    }
    queue.clear();
  }
}
