package dev.lockscope.engine;

/**
 * An event the engine cannot take because it cannot happen in a kernel (a softirq while bottom
 * halves are disabled, an interrupt handler returning with a lock held, an unknown lock type):
 * an error in the trace, reported with its line by the trace reader.
 */
public final class EngineException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EngineException(String message) {
    super(message);
  }
}
