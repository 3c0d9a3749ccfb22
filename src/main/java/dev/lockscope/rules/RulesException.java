package dev.lockscope.rules;

/** A rules file that cannot be read or parsed; the message names the file and line. */
public final class RulesException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RulesException(String message) {
    super(message);
  }
}
