package dev.lockscope.explain;

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
import java.util.Optional;

/** Writes the plain-language explanation of a verified report, one explainer per kind. */
public final class ExplanationBuilder {

  private final InconsistentExplainer inconsistent;
  private final CircularExplainer circular;
  private final RecursiveExplainer recursive;
  private final IrqExplainer irq;
  private final FindingExplanations findings;

  public ExplanationBuilder(RuleSet rules) {
    UseDescriber describer = new UseDescriber(rules);
    this.inconsistent = new InconsistentExplainer(describer);
    this.circular = new CircularExplainer(describer);
    this.recursive = new RecursiveExplainer(describer);
    this.irq = new IrqExplainer(describer);
    this.findings = new FindingExplanations(rules);
  }

  /** The explanation of a report, saying what was undone on its text before it was read. */
  public Explanation explain(Verification verification) {
    return explainKind(verification)
        .withEnvelope(verification.evidence().report().extent().envelope())
        .withReplay(ReplayWords.of(verification.replay()));
  }

  private Explanation explainKind(Verification verification) {
    ReportEvidence evidence = verification.evidence();
    if (evidence instanceof InconsistentLockStateEvidence ils && InconsistentExplainer.explains(ils)) {
      return inconsistent.explain(ils);
    }
    if (evidence instanceof CircularEvidence c && CircularExplainer.explains(c)) {
      return circular.explain(c);
    }
    if (evidence instanceof RecursiveEvidence r && RecursiveExplainer.explains(r)) {
      return recursive.explain(r);
    }
    if (evidence instanceof IrqOrderEvidence o && IrqExplainer.explains(o)) {
      return irq.explain(o);
    }
    if (evidence instanceof IrqInversionEvidence i && IrqExplainer.explains(i)) {
      return irq.explain(i);
    }
    if (evidence instanceof FindingEvidence finding) {
      Optional<Explanation> explained = findings.explain(finding);
      if (explained.isPresent()) {
        return explained.get();
      }
    }
    return new Explanation(verification.verdictReason(), List.of(), "", List.of(), "", List.of());
  }
}
