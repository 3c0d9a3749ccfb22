package dev.lockscope.engine;

import java.util.List;

/**
 * Where in a task an event runs: the task and the interrupts nested on its CPU at that moment,
 * innermost first (empty in process context).
 */
public record ExecutionPoint(TaskRef task, List<Interrupt> interrupts) {

  public ExecutionPoint {
    interrupts = List.copyOf(interrupts);
  }

  public boolean inInterrupt() {
    return !interrupts.isEmpty();
  }
}
