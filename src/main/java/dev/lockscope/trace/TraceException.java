package dev.lockscope.trace;

/**
 * A trace that cannot be read or run: the message names the source, the line and what was
 * expected ({@code demo.trace:12: unknown call 'spin_lok' (did you mean spin_lock?)}).
 */
public final class TraceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TraceException(String message) {
    super(message);
  }

  static TraceException at(String source, int line, String message) {
    return new TraceException(line > 0 ? source + ":" + line + ": " + message : source + ": " + message);
  }
}
