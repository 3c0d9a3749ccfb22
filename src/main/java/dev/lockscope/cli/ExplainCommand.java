package dev.lockscope.cli;

import picocli.CommandLine.Command;

/** {@code lockscope explain}: verdict, plain-language explanation and checks. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Like check, and explain each deadlock: who holds what, where, why, and how to fix it.")
final class ExplainCommand extends ReportCommand {

  @Override
  boolean withExplanation() {
    return true;
  }
}
