package dev.lockscope.cli;

import picocli.CommandLine.Command;

/** {@code lockscope check}: the verdict and the checks of every report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Find every lockdep report in the input, re-derive its verdict and print the checks.")
final class CheckCommand extends ReportCommand {

  @Override
  boolean withExplanation() {
    return false;
  }
}
