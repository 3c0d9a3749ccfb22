package dev.lockscope.engine;

import java.util.List;

/**
 * A stack trace as lockdep keeps or prints it: lockdep's own frames (innermost first, e.g.
 * {@code lock_acquire} for a usage trace, the report function and the check for a backtrace)
 * above the event's evidence (primitive frames, caller, interrupt and task frames).
 */
public record SavedTrace(List<String> lockdepFrames, Evidence evidence) {

  public SavedTrace {
    lockdepFrames = List.copyOf(lockdepFrames);
  }
}
