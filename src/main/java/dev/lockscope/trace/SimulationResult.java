package dev.lockscope.trace;

import dev.lockscope.engine.Violation;
import java.util.List;

/**
 * What a simulation found: the violations in the order the engine met them, the size of what it
 * built, and what the input could not tell (for a recorded kernel trace) so the reader knows the
 * limits of the verdicts.
 *
 * @param events the engine events replayed
 * @param classes the lock classes registered
 * @param dependencies the dependencies of the lock-class graph
 * @param limits sentences saying what the input does not show
 */
public record SimulationResult(
    String source, List<Violation> violations, long events, int classes, int dependencies, List<String> limits) {

  public SimulationResult {
    violations = List.copyOf(violations);
    limits = List.copyOf(limits);
  }
}
