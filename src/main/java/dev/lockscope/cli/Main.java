package dev.lockscope.cli;

import picocli.CommandLine;

/** Entry point of the {@code lockscope} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    return LockscopeCommand.commandLine().execute(args);
  }
}
