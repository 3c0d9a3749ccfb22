package dev.lockscope.cli;

import dev.lockscope.rules.RulesException;
import dev.lockscope.verify.ExitCodes;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: subcommands and the documented exit codes. */
@Command(
    name = "lockscope",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks and explains Linux kernel lockdep reports.",
    subcommands = {CheckCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every report CONFIRMED",
      "1:some report CONTRADICTED",
      "2:usage or I/O error",
      "3:no lockdep report found",
      "4:some report INCOMPLETE (cut, corrupted or not verifiable) and none contradicted"
    })
public final class LockscopeCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check or explain");
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new LockscopeCommand());
    cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_IO_ERROR);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          String message = e instanceof RulesException || e instanceof java.io.UncheckedIOException
              ? e.getMessage()
              : e.getClass().getSimpleName() + ": " + e.getMessage();
          commandLine.getErr().println("lockscope: " + message);
          return ExitCodes.USAGE_OR_IO_ERROR;
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine command = e.getCommandLine();
          command.getErr().println("lockscope: " + e.getMessage());
          command.getErr().println("Try 'lockscope --help' for usage.");
          return ExitCodes.USAGE_OR_IO_ERROR;
        });
    return cli;
  }
}
