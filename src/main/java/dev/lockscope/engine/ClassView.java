package dev.lockscope.engine;

/**
 * A lock class as a report prints it at the moment of the report: name, usage characters and
 * wait types ({@code (name){usage}-{outer:inner}}).
 */
public record ClassView(String name, String usage, int outerWait, int innerWait) {

  /** {@code print_lock_name}: {@code " (name){usage}-{o:i}"} with its leading space. */
  public String printed() {
    return " (" + name + "){" + usage + "}-{" + outerWait + ":" + innerWait + "}";
  }
}
