package dev.lockscope.cli;

import picocli.CommandLine.Command;

/** {@code lockscope check}: the verdict and the checks of every report. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Find every lockdep report in the input, re-derive its verdict and print the checks.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every report CONFIRMED",
      "1:some report CONTRADICTED",
      "2:usage or I/O error",
      "3:no lockdep report found",
      "4:some report INCOMPLETE (cut, corrupted or not verifiable) and none contradicted"
    })
final class CheckCommand extends ReportCommand {

  @Override
  boolean withExplanation() {
    return false;
  }
}
