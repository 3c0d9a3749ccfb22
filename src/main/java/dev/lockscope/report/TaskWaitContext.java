package dev.lockscope.report;

/**
 * The {@code context-{C:C}} line of an invalid-wait-context report: the wait context of the task
 * (hard irq, softirq or process) as a wait-type number, printed twice.
 */
public record TaskWaitContext(WaitTypes waitTypes, int inputLine) {

  /** The task's wait context number. */
  public int value() {
    return waitTypes.inner();
  }
}
