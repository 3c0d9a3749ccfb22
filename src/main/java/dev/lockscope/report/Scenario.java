package dev.lockscope.report;

import java.util.List;

/**
 * The "Possible unsafe locking scenario" table.
 *
 * @param complete whether the {@code *** DEADLOCK ***} line that ends it was seen
 */
public record Scenario(List<ScenarioStep> steps, boolean complete, int inputLine) {

  public Scenario {
    steps = List.copyOf(steps);
  }

  /** The steps that name a lock, in printed order. */
  public List<ScenarioStep> lockSteps() {
    return steps.stream().filter(s -> s.lock().isPresent()).toList();
  }
}
