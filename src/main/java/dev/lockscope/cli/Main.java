package dev.lockscope.cli;

import dev.lockscope.ingest.OutputFailure;
import dev.lockscope.rules.BundledRules;
import dev.lockscope.verify.ExitCodes;
import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code lockscope} command. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    BundledRules.preload();
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    try {
      CommandLine cli = LockscopeCommand.commandLine();
      StandardOutput out = StandardOutput.open();
      cli.setOut(out);
      int code = cli.execute(args);
      try {
        StandardOutput.flush(out);
      } catch (OutputFailure e) {
        return LockscopeCommand.outputFailed(e, cli.getErr());
      }
      return code;
    } catch (Throwable e) {
      System.err.println("lockscope: internal error in lockscope (a bug, please report it): " + e);
      if (LockscopeCommand.debug()) {
        e.printStackTrace(new PrintWriter(System.err, true));
      }
      return ExitCodes.INTERNAL_ERROR;
    }
  }
}
