package dev.lockscope.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the irq reports present a path found by the {@link StrongPathSearch}: the class-header
 * blocks with their traces ({@code print_shortest_lock_dependencies} and its backwards variant)
 * and the roles of the interrupt scenario ({@code print_irq_lock_scenario}).
 */
final class IrqPaths {

  /**
   * Blocks from the found class (deepest) to the root, each with the trace of the dependency that
   * reached it, the root with {@code rootTrace} ({@code print_shortest_lock_dependencies}).
   */
  List<Violation.PathBlock> childTraces(
      LockClass root, StrongPathSearch.Found found, StrongPathSearch.Direction direction, SavedTrace rootTrace) {
    List<Dependency> path = found.path();
    List<Violation.PathBlock> blocks = new ArrayList<>();
    for (int depth = path.size(); depth >= 0; depth--) {
      LockClass lockClass = depth == 0 ? root : reached(path.get(depth - 1), direction);
      SavedTrace trace = depth == 0 ? rootTrace : path.get(depth - 1).trace;
      blocks.add(block(depth, lockClass, Optional.of(trace)));
    }
    return blocks;
  }

  /**
   * Blocks of a backward path from the found class to the root, each with the trace of the
   * dependency that leaves the class before it ({@code print_shortest_lock_dependencies_backwards}).
   */
  List<Violation.PathBlock> parentTraces(LockClass root, StrongPathSearch.Found found) {
    List<Dependency> path = found.path();
    List<Violation.PathBlock> blocks = new ArrayList<>();
    for (int depth = path.size(); depth >= 0; depth--) {
      LockClass lockClass = depth == 0 ? root : path.get(depth - 1).from;
      Optional<SavedTrace> trace = depth == path.size() ? Optional.empty() : Optional.of(path.get(depth).trace);
      blocks.add(block(depth, lockClass, trace));
    }
    return blocks;
  }

  /**
   * The scenario of an irq-inversion report: the root is the safe lock of a forward search and
   * the unsafe one of a backward search; the middle lock is the root's neighbour on the path.
   */
  Violation.IrqScenario inversionScenario(LockClass root, StrongPathSearch.Found found, boolean forwards) {
    LockClass other = found.target();
    StrongPathSearch.Direction direction = forwards ? StrongPathSearch.Direction.FORWARD : StrongPathSearch.Direction.BACKWARD;
    Optional<LockClass> neighbour = found.path().isEmpty() ? Optional.empty() : Optional.of(reached(found.path().get(0), direction));
    LockClass safe = forwards ? root : other;
    LockClass unsafe = forwards ? other : root;
    LockClass middle = neighbour.orElse(forwards ? root : other);
    if (middle == safe) {
      middle = unsafe;
    }
    return new Violation.IrqScenario(safe.printedName(), unsafe.printedName(), middle.printedName());
  }

  /** {@code find_exclusive_match}: the first (safe bit, unsafe bit) pair, or null. */
  static int[] exclusiveMatch(int mask, int exclusiveMask) {
    for (int bit = 0; bit < Usage.USED; bit++) {
      if ((mask & Usage.flag(bit)) == 0) {
        continue;
      }
      int exclusive = Usage.exclusiveBit(bit);
      if ((exclusiveMask & Usage.flag(exclusive)) != 0) {
        return new int[] {bit, exclusive};
      }
      if ((exclusiveMask & Usage.flag(exclusive | Usage.READ_MASK)) != 0) {
        return new int[] {bit, exclusive | Usage.READ_MASK};
      }
    }
    return null;
  }

  private static LockClass reached(Dependency edge, StrongPathSearch.Direction direction) {
    return direction == StrongPathSearch.Direction.FORWARD ? edge.to : edge.from;
  }

  private static Violation.PathBlock block(int depth, LockClass lockClass, Optional<SavedTrace> acquiredAt) {
    List<Violation.UsageTrace> usage = new ArrayList<>();
    for (int bit = 0; bit < Usage.TRACE_STATES; bit++) {
      if (lockClass.has(bit) && lockClass.usageTraces[bit] != null) {
        usage.add(new Violation.UsageTrace(Usage.toReport(bit), lockClass.usageTraces[bit]));
      }
    }
    return new Violation.PathBlock(depth, lockClass.view(), usage, lockClass.keySymbol(), acquiredAt);
  }
}
