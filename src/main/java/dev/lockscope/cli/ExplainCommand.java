package dev.lockscope.cli;

import picocli.CommandLine.Command;

/** {@code lockscope explain}: verdict, plain-language explanation and checks. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Like check, and explain each deadlock: who holds what, where, why, and how to fix it.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every report CONFIRMED",
      "1:some report CONTRADICTED",
      "2:usage or I/O error",
      "3:no lockdep report found",
      "4:some report INCOMPLETE (cut, corrupted or not verifiable) and none contradicted"
    })
final class ExplainCommand extends ReportCommand {

  @Override
  boolean withExplanation() {
    return true;
  }
}
