package dev.lockscope.cli;

import dev.lockscope.rules.BundledRules;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.RulesLoader;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} option of every command that verifies reports. */
final class RulesOption {

  @Option(
      names = "--rules",
      paramLabel = "DIR",
      description = "Read rules files from DIR; each file found there replaces the bundled one.")
  Path directory;

  /** The bundled rules, with the files of {@code --rules DIR} in place of theirs. */
  RuleSet load() {
    return directory == null ? BundledRules.get() : RulesLoader.load(Optional.of(directory));
  }
}
