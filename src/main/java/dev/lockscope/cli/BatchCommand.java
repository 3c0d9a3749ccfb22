package dev.lockscope.cli;

import dev.lockscope.batch.Batch;
import dev.lockscope.batch.BatchFormat;
import dev.lockscope.batch.BatchOptions;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockscope batch}: verify every report of a corpus, in parallel, in input order. */
@Command(
    name = "batch",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Find, verify and group by signature every lockdep report in many files, on every core.")
final class BatchCommand implements Callable<Integer> {

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Files, directories (walked recursively, in name order), .gz files; "
          + "'-' reads a list of paths, one per line, from standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", description = "Inputs read at once (default: the number of cores, ${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text (one line per report, then a summary) or jsonl (one JSON object per line); one of:"
          + " ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  BatchFormat format;

  @Option(names = "--summary", description = "Add the full summary: kinds by verdict, top signatures with their syzbot titles, "
      + "top lock classes (with jsonl: a last line {\"summary\": ...}).")
  boolean summary;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write one self-contained HTML page: summary, groups by signature, "
      + "each report's explanation with its lock graph.")
  Path html;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the output to FILE instead of standard output.")
  Path out;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar (there is one only when stderr is a terminal, and never in CI).")
  boolean quiet;

  @CommandLine.Mixin RulesOption rules;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1");
    }
    BatchOptions options = new BatchOptions(
        paths, threads, format, summary, Optional.ofNullable(out), Optional.ofNullable(html), quiet);
    PrintWriter out = spec.commandLine().getOut();
    Writer stdout = out instanceof StandardOutput standard ? standard.failing() : out;
    return new Batch(rules.load()).run(options, System.in, stdout, System.err);
  }
}
