package dev.lockscope.cli;

import dev.lockscope.rules.RulesException;
import dev.lockscope.verify.ExitCodes;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command: subcommands and the documented exit codes. */
@Command(
    name = "lockscope",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Checks and explains Linux kernel lockdep reports.",
    subcommands = {CheckCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class})
public final class LockscopeCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static final Map<String, String> EXIT_CODES = exitCodes();

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(" " + ExitCodes.ALL_CONFIRMED, "every report CONFIRMED");
    codes.put(" " + ExitCodes.CONTRADICTED, "some report CONTRADICTED");
    codes.put(" " + ExitCodes.USAGE_OR_IO_ERROR, "usage or I/O error");
    codes.put(" " + ExitCodes.NO_REPORT, "no lockdep report found");
    codes.put(" " + ExitCodes.INCOMPLETE, "some report INCOMPLETE (cut or corrupted) and none contradicted");
    return codes;
  }

  private static void documentExitCodes(CommandLine command) {
    command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(EXIT_CODES);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check or explain");
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new LockscopeCommand());
    documentExitCodes(cli);
    cli.getSubcommands().values().forEach(LockscopeCommand::documentExitCodes);
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
