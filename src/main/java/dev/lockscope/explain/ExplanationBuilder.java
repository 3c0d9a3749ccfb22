package dev.lockscope.explain;

import static java.util.Map.entry;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.HeldLockFreed;
import dev.lockscope.report.HeldLocksDump;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.report.LockHeldReturning;
import dev.lockscope.report.LockdepCapacity;
import dev.lockscope.report.LockdepInternal;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.LocksHeldAtExit;
import dev.lockscope.report.NestedLockNotTaken;
import dev.lockscope.report.NonStaticKey;
import dev.lockscope.report.SuspiciousRcu;
import dev.lockscope.report.UnheldLockOperation;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.verify.CircularEvidence;
import dev.lockscope.verify.FindingEvidence;
import dev.lockscope.verify.InconsistentLockStateEvidence;
import dev.lockscope.verify.IrqInversionEvidence;
import dev.lockscope.verify.IrqOrderEvidence;
import dev.lockscope.verify.RecursiveEvidence;
import dev.lockscope.verify.ReportEvidence;
import dev.lockscope.verify.Verification;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes the plain-language explanation of a verified report: one explainer per report kind, as a
 * table (a test checks every kind has one); a report that lacks what its explanation names gets
 * its verdict's reason instead.
 */
public final class ExplanationBuilder {

  private final Map<ReportKind, Function<ReportEvidence, Optional<Explanation>>> explainers;

  public ExplanationBuilder(RuleSet rules) {
    UseDescriber describer = new UseDescriber(rules);
    InconsistentExplainer inconsistent = new InconsistentExplainer(describer);
    CircularExplainer circular = new CircularExplainer(describer);
    RecursiveExplainer recursive = new RecursiveExplainer(describer);
    IrqExplainer irq = new IrqExplainer(describer);
    FindingWords words = new FindingWords(rules);
    UnheldLockExplainer unheld = new UnheldLockExplainer(words);
    LeakedLockExplainer leaked = new LeakedLockExplainer(words);
    ValidatorExplainer validator = new ValidatorExplainer(words);
    this.explainers = Map.ofEntries(
        entry(ReportKind.INCONSISTENT_LOCK_STATE,
            dependency(InconsistentLockStateEvidence.class, InconsistentExplainer::explains, inconsistent::explain)),
        entry(ReportKind.CIRCULAR_DEPENDENCY, dependency(CircularEvidence.class, CircularExplainer::explains, circular::explain)),
        entry(ReportKind.RECURSIVE_LOCKING, dependency(RecursiveEvidence.class, RecursiveExplainer::explains, recursive::explain)),
        entry(ReportKind.IRQ_INVERSION, dependency(IrqInversionEvidence.class, IrqExplainer::explains, irq::explain)),
        entry(ReportKind.IRQ_SAFE_UNSAFE_ORDER, dependency(IrqOrderEvidence.class, IrqExplainer::explains, irq::explain)),
        entry(ReportKind.INVALID_WAIT_CONTEXT, finding(InvalidWaitContext.class, new WaitContextExplainer(words)::explain)),
        entry(ReportKind.BAD_UNLOCK_BALANCE, finding(UnheldLockOperation.class, unheld::explain)),
        entry(ReportKind.BAD_CONTENTION, finding(UnheldLockOperation.class, unheld::explain)),
        entry(ReportKind.HELD_LOCK_FREED, finding(HeldLockFreed.class, new FreedLockExplainer(words)::explain)),
        entry(ReportKind.LOCKS_HELD_AT_EXIT, finding(LocksHeldAtExit.class,
            (r, e) -> leaked.explain(r, e, "%s still holds %s, at a point where it must hold none%s."))),
        entry(ReportKind.LOCK_HELD_RETURNING, finding(LockHeldReturning.class,
            (r, e) -> leaked.explain(r, e, "%s returned to user space holding %s%s."))),
        entry(ReportKind.NESTED_LOCK_NOT_TAKEN, finding(NestedLockNotTaken.class, new NestLockExplainer(words)::explain)),
        entry(ReportKind.SUSPICIOUS_RCU, finding(SuspiciousRcu.class, new RcuExplainer(words)::explain)),
        entry(ReportKind.LOCKDEP_CAPACITY, finding(LockdepCapacity.class, (r, e) -> Optional.of(validator.capacity(r, e)))),
        entry(ReportKind.NON_STATIC_KEY, finding(NonStaticKey.class, (r, e) -> Optional.of(validator.nonStaticKey(r, e)))),
        entry(ReportKind.LOCKDEP_INTERNAL, finding(LockdepInternal.class, (r, e) -> Optional.of(validator.internal(r, e)))),
        entry(ReportKind.HELD_LOCKS_DUMP,
            finding(HeldLocksDump.class, (r, e) -> Optional.of(new HeldLocksDumpExplainer(words).explain(r, e)))));
    for (ReportKind kind : ReportKind.values()) {
      if (!explainers.containsKey(kind)) {
        throw new IllegalStateException("no explainer for " + kind.id());
      }
    }
  }

  /** The explanation of a report, saying what was undone on its text before it was read and what was replayed. */
  public Explanation explain(Verification verification) {
    return explainers.get(verification.evidence().report().extent().kind()).apply(verification.evidence())
        .orElseGet(() -> new Explanation(verification.verdictReason(), List.of(), "", List.of(), "", List.of()))
        .withEnvelope(verification.evidence().report().extent().envelope())
        .withReplay(ReplayWords.of(verification.replay()));
  }

  private static <E extends ReportEvidence> Function<ReportEvidence, Optional<Explanation>> dependency(
      Class<E> type, Predicate<E> explains, Function<E, Explanation> explainer) {
    return evidence -> Optional.of(type.cast(evidence)).filter(explains).map(explainer);
  }

  private static <R extends LockdepReport> Function<ReportEvidence, Optional<Explanation>> finding(
      Class<R> type, BiFunction<R, FindingEvidence, Optional<Explanation>> explainer) {
    return evidence -> explainer.apply(type.cast(evidence.report()), (FindingEvidence) evidence);
  }
}
