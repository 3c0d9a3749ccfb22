package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.LockdepReport;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The descriptor of a kind whose report is about dependencies and usage states between lock
 * classes (inconsistent lock state, circular dependency, recursive locking, the irq reports).
 *
 * @param type the record the kind parses into
 * @param evidence derives the evidence record from a report and the engine's graph
 * @param checks runs the kind's checks, in order
 * @param locks the lock classes the report is about, as printed
 * @param bug what the bug is, for the signature key; empty when the text does not say (the key is
 *     then the header)
 * @param titlePrefix the words syzbot's title puts before the function it names
 * @param titleFunction the function syzbot's title names, if the report shows one
 */
record DependencyKind<R extends LockdepReport, E extends ReportEvidence>(
    ReportKind kind,
    Class<R> type,
    EvidenceRule<R, E> evidence,
    Function<E, List<CheckResult>> checks,
    Function<R, List<String>> locks,
    Function<R, Optional<String>> bug,
    String titlePrefix,
    TitleRule<R> titleFunction)
    implements KindDescriptor {

  /** Finds the function that syzbot's title of a report names. */
  @FunctionalInterface
  interface TitleRule<R> {
    Optional<String> function(R report, SyzbotTitles titles);
  }

  /** Derives a kind's evidence record. */
  @FunctionalInterface
  interface EvidenceRule<R, E> {
    E derive(R report, GraphSnapshot graph, Derivation derivation);
  }

  @Override
  public Derived derive(LockdepReport report, GraphSnapshot graph, Derivation derivation) {
    R typed = type.cast(report);
    E derived = evidence.derive(typed, graph, derivation);
    return new Derived(derived, checks.apply(derived), locks.apply(typed));
  }

  @Override
  public Optional<String> title(LockdepReport report, SyzbotTitles titles) {
    return titleFunction.function(type.cast(report), titles).map(function -> titlePrefix + titles.renamed(function));
  }

  @Override
  public String key(ReportEvidence evidence) {
    LockdepReport report = evidence.report();
    return kind.id() + "|" + bug.apply(type.cast(report)).orElse(report.extent().header());
  }
}
