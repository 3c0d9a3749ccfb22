package dev.lockscope.cli;

import dev.lockscope.explain.OutputFormat;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Options shared by check and explain. */
final class InputOptions {

  enum ColorMode {
    AUTO,
    ALWAYS,
    NEVER;

    /** As users write it on the command line and picocli lists it: lower case. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  @Parameters(
      paramLabel = "FILE",
      description = "Files to read: a bare report, a console log, a syzbot mail, dmesg or journal output. "
          + "'-' or no FILE reads standard input.")
  List<String> files = new ArrayList<>();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "Output format, one of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @picocli.CommandLine.Mixin RulesOption rules;

  @Option(
      names = "--color",
      defaultValue = "auto",
      description = "Colour the text output: auto (only on a terminal, never with NO_COLOR set), always, never"
          + " (one of: ${COMPLETION-CANDIDATES}).")
  ColorMode color;
}
