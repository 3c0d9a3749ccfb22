package dev.lockscope.cli;

import dev.lockscope.verify.ExitCodes;

/** Entry point of the {@code lockscope} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    try {
      return LockscopeCommand.commandLine().execute(args);
    } catch (Throwable e) {
      System.err.println("lockscope: internal error in lockscope (a bug, please report it): " + e);
      return ExitCodes.INTERNAL_ERROR;
    }
  }
}
