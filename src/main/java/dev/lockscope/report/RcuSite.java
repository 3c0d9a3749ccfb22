package dev.lockscope.report;

/**
 * The {@code <file>:<line> <message>!} line of a suspicious-RCU report: the RCU check that failed
 * and what it says, trailing exclamation marks removed.
 */
public record RcuSite(String file, int line, String message, int inputLine) {

  /** {@code file:line} as printed. */
  public String location() {
    return file + ":" + line;
  }
}
