package dev.lockscope.cli;

import dev.lockscope.ingest.OutputFailure;
import dev.lockscope.rules.RulesException;
import dev.lockscope.verify.ExitCodes;
import dev.lockscope.verify.InternalErrors;
import java.io.PrintWriter;
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
    subcommands = {
      CheckCommand.class, ExplainCommand.class, BatchCommand.class, SimulateCommand.class, WhatIfCommand.class, CommandLine.HelpCommand.class
    })
public final class LockscopeCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  private static volatile boolean debug;

  /** {@code --debug}, on every subcommand: internal errors and failures come with their stack trace. */
  @CommandLine.Option(
      names = "--debug",
      scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of every internal error (a bug of lockscope) on stderr.")
  void setDebug(boolean on) {
    debug = on;
    if (on) {
      InternalErrors.observe(failure -> failure.printStackTrace(new PrintWriter(System.err, true)));
    }
  }

  /** Whether {@code --debug} was given. */
  static boolean debug() {
    return debug;
  }

  /**
   * The exit code when the command's own output failed: a usage or I/O error, said in one line,
   * except for a pipe whose reader has gone (nothing is said: it wanted no more).
   */
  static int outputFailed(OutputFailure failure, PrintWriter err) {
    if (!failure.readerGone()) {
      err.println("lockscope: " + failure.getMessage());
      err.flush();
    }
    return ExitCodes.USAGE_OR_IO_ERROR;
  }

  private static final Map<String, String> EXIT_CODES = exitCodes(false);
  private static final Map<String, String> BATCH_EXIT_CODES = exitCodes(true);

  /** The exit codes; a batch has no "no report" code (files without one are records) and per-file errors are records too. */
  private static Map<String, String> exitCodes(boolean batch) {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put(" " + ExitCodes.ALL_CONFIRMED, batch ? "no report CONTRADICTED or INCOMPLETE" : "every report CONFIRMED");
    codes.put(" " + ExitCodes.CONTRADICTED, "some report CONTRADICTED");
    codes.put(" " + ExitCodes.USAGE_OR_IO_ERROR, batch ? "usage or I/O error of the command itself (an unreadable input is a record)" : "usage or I/O error");
    if (!batch) {
      codes.put(" " + ExitCodes.NO_REPORT, "no lockdep report found");
    }
    codes.put(" " + ExitCodes.INCOMPLETE, "some report INCOMPLETE (cut, corrupted or not verifiable) and none contradicted");
    codes.put(" " + ExitCodes.INTERNAL_ERROR, "internal error: lockscope failed on some input or report (a bug; every"
        + " record is still given)");
    return codes;
  }

  private static final Map<String, String> SIMULATE_EXIT_CODES = Map.of(
      " " + SimulateCommand.NO_VIOLATION, "no violation in any trace",
      " " + SimulateCommand.VIOLATION, "some trace has a violation (printed as the kernel would print it)",
      " " + ExitCodes.USAGE_OR_IO_ERROR, "usage or I/O error, or a trace that cannot be read or run (the line and why)",
      " " + ExitCodes.INTERNAL_ERROR, "internal error: lockscope failed (a bug)");

  private static final Map<String, String> WHATIF_EXIT_CODES = Map.of(
      " " + WhatIfCommand.GONE, "gone: with the changes, the report's facts make lockdep report no violation",
      " " + WhatIfCommand.REMAINS, "a violation remains: the report's own, or another instead",
      " " + ExitCodes.USAGE_OR_IO_ERROR, "usage or I/O error, or a change that does not apply to the report (a site it does not show, named)",
      " " + ExitCodes.NO_REPORT, "no lockdep report found",
      " " + WhatIfCommand.UNANSWERABLE, "cannot answer: the report's facts do not replay (the reason is printed)",
      " " + ExitCodes.INTERNAL_ERROR, "internal error: lockscope failed (a bug)");

  private static void documentExitCodes(CommandLine command) {
    Map<String, String> codes = switch (command.getCommandName()) {
      case "batch" -> BATCH_EXIT_CODES;
      case "simulate" -> new java.util.TreeMap<>(SIMULATE_EXIT_CODES);
      case "whatif" -> new java.util.TreeMap<>(WHATIF_EXIT_CODES);
      default -> EXIT_CODES;
    };
    command.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(codes);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: check, explain, batch, simulate or whatif");
  }

  static CommandLine commandLine() {
    debug = false;
    CommandLine cli = new CommandLine(new LockscopeCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    documentExitCodes(cli);
    cli.getSubcommands().values().forEach(LockscopeCommand::documentExitCodes);
    cli.setExitCodeExceptionMapper(e -> ExitCodes.USAGE_OR_IO_ERROR);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          if (e instanceof OutputFailure failure) {
            return outputFailed(failure, commandLine.getErr());
          }
          boolean expected = e instanceof RulesException || e instanceof java.io.UncheckedIOException
              || e instanceof dev.lockscope.trace.TraceException;
          commandLine.getErr().println("lockscope: " + (expected ? e.getMessage()
              : "internal error in lockscope (a bug, please report it): " + e));
          if (debug) {
            e.printStackTrace(commandLine.getErr());
          }
          return expected ? ExitCodes.USAGE_OR_IO_ERROR : ExitCodes.INTERNAL_ERROR;
        });
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine command = e.getCommandLine();
          command.getErr().println("lockscope: " + e.getMessage() + " (see 'lockscope " + helpPath(command) + "--help')");
          return ExitCodes.USAGE_OR_IO_ERROR;
        });
    return cli;
  }

  /** {@code "batch "} for the batch subcommand, empty for the top-level command. */
  private static String helpPath(CommandLine command) {
    return command.getParent() == null ? "" : command.getCommandName() + " ";
  }
}
