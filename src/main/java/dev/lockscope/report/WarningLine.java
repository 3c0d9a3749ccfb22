package dev.lockscope.report;

/**
 * The {@code WARNING: CPU: <n> PID: <p> at <file>:<line> <function>} line of a kernel WARN: which
 * task warned, and from where.
 */
public record WarningLine(int cpu, int pid, String file, int line, String function, int inputLine) {

  /** {@code file:line} as printed. */
  public String location() {
    return file + ":" + line;
  }
}
