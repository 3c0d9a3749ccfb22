package dev.lockscope.report;

import java.util.Optional;

/** A task as lockdep prints it: {@code comm/pid}; the comm itself may contain slashes. */
public record TaskRef(String comm, int pid) {

  /** Splits {@code text} on its last slash (spec section 2.2). */
  public static Optional<TaskRef> parse(String text) {
    String trimmed = text.trim();
    int slash = trimmed.lastIndexOf('/');
    if (slash <= 0 || slash == trimmed.length() - 1) {
      return Optional.empty();
    }
    String pid = trimmed.substring(slash + 1);
    if (!pid.matches("\\d{1,9}")) {
      return Optional.empty();
    }
    return Optional.of(new TaskRef(trimmed.substring(0, slash), Numbers.saturatedInt(pid)));
  }

  @Override
  public String toString() {
    return comm + "/" + pid;
  }
}
