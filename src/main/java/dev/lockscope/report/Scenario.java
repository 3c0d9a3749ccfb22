package dev.lockscope.report;

import java.util.List;

/**
 * The "Possible unsafe locking scenario" table.
 *
 * @param complete whether the {@code *** DEADLOCK ***} line that ends it was seen
 * @param layoutKept whether the table kept its indentation (lockdep indents its {@code CPU0}
 *     header), so that the CPU column of a step and the steps under {@code <Interrupt>} can be
 *     read; a mail client that strips leading blanks loses both
 */
public record Scenario(List<ScenarioStep> steps, boolean complete, boolean layoutKept, int inputLine) {

  public Scenario {
    steps = List.copyOf(steps);
  }

  /** The steps that name a lock, in printed order. */
  public List<ScenarioStep> lockSteps() {
    return steps.stream().filter(s -> s.lock().isPresent()).toList();
  }
}
