package dev.lockscope.engine;

import java.util.Optional;

/**
 * Where an event happens: the function that makes the call, with its {@code file:line} when known,
 * and the line of the trace it comes from (0 when it has none). The function becomes the caller's
 * frame of every stack trace the engine prints for the event.
 */
public record Site(String function, Optional<String> location, int traceLine) {

  public Site {
    if (function == null || function.isBlank()) {
      throw new IllegalArgumentException("a site names a function");
    }
  }

  /** A site known only by its trace line: the engine names its function after the line. */
  public static Site ofLine(int traceLine) {
    return new Site("trace_line_" + traceLine, Optional.empty(), traceLine);
  }
}
