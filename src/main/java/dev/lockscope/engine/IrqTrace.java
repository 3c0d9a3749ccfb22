package dev.lockscope.engine;

/**
 * A task's irq-state history as lockdep keeps it ({@code struct irqtrace_events}): a counter of
 * transitions and, for each kind of transition, the counter value and the function of the last
 * one. Printed in inconsistent-lock-state reports.
 */
public record IrqTrace(
    int events,
    int hardirqEnableEvent,
    String hardirqEnableFunction,
    int hardirqDisableEvent,
    String hardirqDisableFunction,
    int softirqEnableEvent,
    String softirqEnableFunction,
    int softirqDisableEvent,
    String softirqDisableFunction) {

  /**
   * A new task's history: {@code copy_process} clears it and records irqs disabled and softirqs
   * enabled there; the task's first run enables irqs in {@code finish_task_switch}.
   */
  static final IrqTrace NEW_TASK = new IrqTrace(1, 1, "finish_task_switch", 0, "copy_process", 0, "copy_process", 0, "");

  IrqTrace hardirqsOn(String function) {
    return new IrqTrace(events + 1, events + 1, function, hardirqDisableEvent, hardirqDisableFunction,
        softirqEnableEvent, softirqEnableFunction, softirqDisableEvent, softirqDisableFunction);
  }

  IrqTrace hardirqsOff(String function) {
    return new IrqTrace(events + 1, hardirqEnableEvent, hardirqEnableFunction, events + 1, function,
        softirqEnableEvent, softirqEnableFunction, softirqDisableEvent, softirqDisableFunction);
  }

  IrqTrace softirqsOn(String function) {
    return new IrqTrace(events + 1, hardirqEnableEvent, hardirqEnableFunction, hardirqDisableEvent,
        hardirqDisableFunction, events + 1, function, softirqDisableEvent, softirqDisableFunction);
  }

  IrqTrace softirqsOff(String function) {
    return new IrqTrace(events + 1, hardirqEnableEvent, hardirqEnableFunction, hardirqDisableEvent,
        hardirqDisableFunction, softirqEnableEvent, softirqEnableFunction, events + 1, function);
  }
}
