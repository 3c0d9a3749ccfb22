package dev.lockscope.replay;

import dev.lockscope.engine.Interrupt;
import java.util.List;

/**
 * One episode of a replay, run in a task of its own: the interrupts it runs in (outermost first),
 * the locks held around it, and the step the report proves.
 *
 * @param purpose what the report shows here, in a few words ("the {SOFTIRQ-ON-W} use", "-> #1")
 */
public record Scene(String purpose, List<Interrupt> context, List<Acquisition> held, Step step) {

  public Scene {
    context = List.copyOf(context);
    held = List.copyOf(held);
  }
}
