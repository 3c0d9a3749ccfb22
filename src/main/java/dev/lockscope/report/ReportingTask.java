package dev.lockscope.report;

/**
 * The task a report names in its own first sentence ({@code <comm>/<pid> is trying to lock:}),
 * with the input line of that sentence, so checks can quote it.
 */
public record ReportingTask(TaskRef task, int inputLine) {}
