package dev.lockscope.engine;

/** A task as lockdep prints it: {@code comm/pid}. */
public record TaskRef(String comm, int pid) {

  @Override
  public String toString() {
    return comm + "/" + pid;
  }
}
