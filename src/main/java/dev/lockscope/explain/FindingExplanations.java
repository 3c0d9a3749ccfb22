package dev.lockscope.explain;

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
import dev.lockscope.verify.FindingEvidence;
import java.util.Optional;

/** Explains the single-event reports, one explainer per report shape. */
final class FindingExplanations {

  private final WaitContextExplainer waitContexts;
  private final UnheldLockExplainer unheldLocks;
  private final FreedLockExplainer freedLocks;
  private final LeakedLockExplainer leakedLocks;
  private final NestLockExplainer nestLocks;
  private final RcuExplainer rcu;
  private final ValidatorExplainer validator;
  private final HeldLocksDumpExplainer dumps;

  FindingExplanations(RuleSet rules) {
    FindingWords words = new FindingWords(rules);
    this.waitContexts = new WaitContextExplainer(words);
    this.unheldLocks = new UnheldLockExplainer(words);
    this.freedLocks = new FreedLockExplainer(words);
    this.leakedLocks = new LeakedLockExplainer(words);
    this.nestLocks = new NestLockExplainer(words);
    this.rcu = new RcuExplainer(words);
    this.validator = new ValidatorExplainer(words);
    this.dumps = new HeldLocksDumpExplainer(words);
  }

  /** The explanation, or empty when the report lacks what its explanation names. */
  Optional<Explanation> explain(FindingEvidence evidence) {
    LockdepReport report = evidence.report();
    if (report instanceof InvalidWaitContext wait) {
      return waitContexts.explain(wait, evidence);
    }
    if (report instanceof UnheldLockOperation unheld) {
      return unheldLocks.explain(unheld, evidence);
    }
    if (report instanceof HeldLockFreed freed) {
      return freedLocks.explain(freed, evidence);
    }
    if (report instanceof LocksHeldAtExit exit) {
      return leakedLocks.explain(exit, evidence, "%s still holds %s, at a point where it must hold none%s.");
    }
    if (report instanceof LockHeldReturning returning) {
      return leakedLocks.explain(returning, evidence, "%s returned to user space holding %s%s.");
    }
    if (report instanceof NestedLockNotTaken nested) {
      return nestLocks.explain(nested, evidence);
    }
    if (report instanceof SuspiciousRcu suspicious) {
      return rcu.explain(suspicious, evidence);
    }
    return validatorReport(report, evidence);
  }

  private Optional<Explanation> validatorReport(LockdepReport report, FindingEvidence evidence) {
    if (report instanceof LockdepCapacity capacity) {
      return Optional.of(validator.capacity(capacity, evidence));
    }
    if (report instanceof NonStaticKey key) {
      return Optional.of(validator.nonStaticKey(key, evidence));
    }
    if (report instanceof LockdepInternal internal) {
      return Optional.of(validator.internal(internal, evidence));
    }
    return report instanceof HeldLocksDump dump ? Optional.of(dumps.explain(dump, evidence)) : Optional.empty();
  }
}
