package dev.lockscope.engine;

import java.util.List;

/**
 * The engine's record of an event it keeps as evidence (lockdep's saved stack trace): where the
 * call was made, the lock primitive's frames between {@code lock_acquire} and the caller, and the
 * execution point. Rendered as a stack trace only when a report is printed.
 */
public record Evidence(Site site, List<String> primitiveFrames, ExecutionPoint point) {

  public Evidence {
    primitiveFrames = List.copyOf(primitiveFrames);
  }

  /** Where the event happened, in words: {@code func (file.c:12)}, in a softirq when it was. */
  public String where() {
    String context = point.interrupts().isEmpty() ? "" : " in " + point.interrupts().get(0).contextName();
    return site.function() + site.location().map(l -> " (" + l + ")").orElse("") + context;
  }
}
