package dev.lockscope.cli;

import dev.lockscope.explain.OutputFormat;
import dev.lockscope.explain.WhatIfRenderer;
import dev.lockscope.replay.WhatIf;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.verify.ExitCodes;
import dev.lockscope.verify.Pipeline;
import dev.lockscope.verify.SourceResult;
import dev.lockscope.verify.WhatIfAnalysis;
import dev.lockscope.verify.WhatIfAnswer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lockscope whatif}: would this change make the report go away? */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Replay a report's facts through the lockdep engine with changes applied, and say whether its violation is"
          + " gone, remains, or gives way to another.",
      "SITE is a function or a file:line the report prints (the tail of the path is enough); it names the"
          + " acquisitions made there, else those whose stack trace passes through it. Changes apply in the order given."
    })
final class WhatIfCommand implements Callable<Integer> {

  static final int GONE = 0;
  static final int REMAINS = 1;
  static final int UNANSWERABLE = 4;

  @Parameters(paramLabel = "REPORT", description = "A file with the report (as check reads it); '-' reads standard input.")
  String input;

  /** One change on the command line; picocli makes one per option given, in order. */
  static final class ChangeOption {
    @Option(names = "--set", required = true, paramLabel = "SITE=PRIMITIVE",
        description = "Take the lock at SITE with PRIMITIVE instead (spin_lock_bh, spin_lock_irqsave, down_read, ...).")
    String set;

    @Option(names = "--nest", required = true, paramLabel = "SITE=SUBCLASS",
        description = "Annotate the acquisition at SITE with a nesting subclass (spin_lock_nested(lock, SUBCLASS)).")
    String nest;

    @Option(names = "--class", required = true, paramLabel = "LOCK[@SITE]=NEWCLASS",
        description = "Split lock class LOCK: the lock taken at SITE (default: the one the report's own event takes) gets class NEWCLASS.")
    String split;

    @Option(names = "--drop", required = true, paramLabel = "SITE", description = "The acquisition (or free, release, exit) at SITE no longer happens.")
    String drop;

    WhatIf.Change change() {
      if (set != null) {
        return WhatIf.parse(WhatIf.Kind.SET, set);
      }
      if (nest != null) {
        return WhatIf.parse(WhatIf.Kind.NEST, nest);
      }
      return split != null ? WhatIf.parse(WhatIf.Kind.CLASS, split) : WhatIf.parse(WhatIf.Kind.DROP, drop);
    }
  }

  @CommandLine.ArgGroup(exclusive = true, multiplicity = "0..*")
  List<ChangeOption> changes = new ArrayList<>();

  @Option(names = "--report", paramLabel = "N", defaultValue = "1", description = "Which report of the input, when it has several (default: ${DEFAULT-VALUE}).")
  int index;

  @Option(names = "--format", defaultValue = "text", description = "Output format, one of: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @CommandLine.Mixin RulesOption rules;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (changes.isEmpty()) {
      throw usage("give at least one change: --set, --nest, --class or --drop");
    }
    RuleSet ruleSet = rules.load();
    SourceResult result = ReportInput.read(new Pipeline(ruleSet), input);
    if (result.reports().isEmpty()) {
      spec.commandLine().getErr().println("lockscope: " + result.source() + ": no lockdep report found");
      return ExitCodes.NO_REPORT;
    }
    if (index < 1 || index > result.reports().size()) {
      throw usage("--report " + index + ": " + result.source() + " has " + result.reports().size() + " report(s)");
    }
    WhatIfAnswer answer;
    try {
      answer = new WhatIfAnalysis(ruleSet).ask(result.reports().get(index - 1),
          changes.stream().map(ChangeOption::change).toList());
    } catch (WhatIf.BadChange e) {
      throw usage(e.getMessage());
    }
    spec.commandLine().getOut().print(new WhatIfRenderer(format).render(result.source(), answer));
    spec.commandLine().getOut().flush();
    return exitCode(answer);
  }

  private static int exitCode(WhatIfAnswer answer) {
    if (answer instanceof WhatIfAnswer.Answered answered) {
      return answered.result() == WhatIfAnswer.Result.GONE ? GONE : REMAINS;
    }
    return UNANSWERABLE;
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
