package dev.lockscope.verify;

import dev.lockscope.report.ContextTuple;
import java.util.ArrayList;
import java.util.List;

/** The fields of the context tuple agree with each other (spec section 2.9; heuristic). */
final class TupleConsistencyCheck implements Check<InconsistentLockStateEvidence> {

  @Override
  public String id() {
    return "context-tuple-consistent";
  }

  @Override
  public CheckResult check(InconsistentLockStateEvidence evidence) {
    if (evidence.report().context().isEmpty()) {
      return CheckResult.unknown(id(), "the context tuple is self-consistent", "no context tuple");
    }
    ContextTuple ctx = evidence.report().context().get();
    List<String> broken = new ArrayList<>();
    if (ctx.inHardirq() && ctx.hardirqCount() < 1) {
      broken.add("HC%d but hard-irq count [%d]".formatted(ctx.hardirqContext(), ctx.hardirqCount()));
    }
    if (ctx.inSoftirq() && !ctx.servingSoftirq()) {
      broken.add("SC%d but softirq count [%d] is even".formatted(ctx.softirqContext(), ctx.softirqCount()));
    }
    if ((ctx.softirqCount() >= 2 || ctx.inSoftirq()) && ctx.softirqsEnabled()) {
      broken.add("softirqs disabled or being served, yet SE1");
    }
    if (ctx.inHardirq() && ctx.hardirqsEnabled()) {
      broken.add("in a hard interrupt, yet HE1");
    }
    String claim = ctx.printed() + " describes one possible CPU state";
    if (broken.isEmpty()) {
      return new CheckResult(id(), Status.PASS, claim, "counters and enable flags agree", ctx.inputLine());
    }
    return new CheckResult(id(), Status.WARN, claim, String.join("; ", broken), ctx.inputLine());
  }
}
