package dev.lockscope.verify;

/**
 * The outcome of one check. {@code WARN} is a heuristic rule of the spec that failed: worth a
 * look, but lockdep itself can legitimately print such a report, so it does not contradict it.
 */
public enum Status {
  PASS,
  FAIL,
  WARN,
  UNKNOWN
}
