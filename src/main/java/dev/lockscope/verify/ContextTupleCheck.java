package dev.lockscope.verify;

import dev.lockscope.report.ContextTuple;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.IrqState;
import dev.lockscope.report.UsageBit;
import dev.lockscope.semantics.TraceAnalysis;

/** The context tuple allows the NEW bit to be set now (spec section 4.1). */
final class ContextTupleCheck implements Check<InconsistentLockStateEvidence> {

  @Override
  public String id() {
    return "context-tuple";
  }

  @Override
  public CheckResult check(InconsistentLockStateEvidence evidence) {
    InconsistentLockState report = evidence.report();
    if (report.context().isEmpty() || report.newBit().isEmpty()) {
      return CheckResult.unknown(id(), "the task's context allows {NEW}", "no context tuple or NEW bit");
    }
    ContextTuple ctx = report.context().get();
    UsageBit newBit = report.newBit().get();
    String claim = "%s while setting {%s}".formatted(ctx.printed(), newBit.printedName());
    boolean enablePath = evidence.newUse().flatMap(TraceAnalysis::enablePath).isPresent();
    if (newBit == UsageBit.IN_NMI) {
      return CheckResult.of(id(), ctx.hardirqCount() >= 1, claim,
          "an NMI raises the preempt-count hard-irq field: [" + ctx.hardirqCount() + "]", ctx.inputLine());
    }
    IrqState state = newBit.state().orElseThrow();
    if (state == IrqState.RECLAIM_FS) {
      return CheckResult.unknown(id(), claim, "the tuple does not record filesystem-reclaim state");
    }
    boolean softirq = state == IrqState.SOFTIRQ;
    if (newBit.usedIn()) {
      return softirq
          ? CheckResult.of(id(), ctx.inSoftirq() && ctx.servingSoftirq(), claim,
              "SC%d[%d]: %s".formatted(ctx.softirqContext(), ctx.softirqCount(),
                  ctx.inSoftirq() && ctx.servingSoftirq() ? "serving softirqs" : "not serving softirqs"),
              ctx.inputLine())
          : CheckResult.of(id(), ctx.inHardirq(), claim,
              "HC%d: %s".formatted(ctx.hardirqContext(), ctx.inHardirq() ? "in a hard interrupt" : "not in a hard interrupt"),
              ctx.inputLine());
    }
    boolean backtraceComplete = evidence.newUse().map(u -> u.complete()).orElse(false);
    if (!ctx.hardirqsEnabled() && !enablePath && !backtraceComplete) {
      return CheckResult.unknown(id(), claim, "HE0 needs the irq-enable path of the backtrace, and the backtrace is cut");
    }
    boolean hardOn = ctx.hardirqsEnabled() || enablePath;
    String hardText = ctx.hardirqsEnabled() ? "HE1" : enablePath ? "HE0 with irqs being re-enabled" : "HE0";
    if (!softirq) {
      return CheckResult.of(id(), hardOn, claim, hardText + (hardOn ? ": hard irqs on" : ": hard irqs off"), ctx.inputLine());
    }
    boolean holds = ctx.softirqsEnabled() && hardOn;
    return CheckResult.of(id(), holds, claim,
        "SE%d, %s: %s".formatted(ctx.softirqsEnabled() ? 1 : 0, hardText,
            holds ? "softirqs and hard irqs on" : "softirqs cannot be counted as enabled"),
        ctx.inputLine());
  }
}
