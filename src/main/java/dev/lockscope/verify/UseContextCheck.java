package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.report.IrqState;
import dev.lockscope.report.UsageBit;
import dev.lockscope.semantics.ExecutionContext;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;

/**
 * A trace that set a usage bit runs in a context where lockdep sets that bit (spec sections 4.1
 * and 11): an IN-X bit needs an X-context entry frame below the lock call; an X-ON bit needs code
 * outside X context, or the irq-enable path that marks held locks.
 */
final class UseContextCheck extends UseCheck {

  UseContextCheck(String id, Use use) {
    super(id, use);
  }

  @Override
  CheckResult check(UsageBit usageBit, TraceAnalysis trace) {
    IrqState state = usageBit.state().get();
    String claim = "the %s sets {%s}".formatted(traceName, usageBit.printedName());
    Optional<ExecutionContext> stateContext = ExecutionContext.of(state);
    if (stateContext.isEmpty()) {
      return CheckResult.unknown(id(), claim, "stack traces do not show filesystem-reclaim context");
    }
    if (trace.context() == ExecutionContext.UNKNOWN) {
      return CheckResult.unknown(id(), claim, "no context entry frame in the " + traceName);
    }
    String where = describe(trace);
    int line = trace.contextEntry().map(Frame::inputLine).orElse(trace.trace().firstLine());
    if (usageBit.usedIn()) {
      boolean holds = trace.context() == stateContext.get();
      return holds || trace.complete()
          ? CheckResult.of(id(), holds, claim, where, line)
          : CheckResult.unknown(id(), claim, where + ", but the trace is cut");
    }
    if (trace.enablePath().isPresent()) {
      Frame enable = trace.enablePath().get();
      return CheckResult.of(id(), true, claim,
          "set while re-enabling interrupts at " + enable.function() + " with the lock held", enable.inputLine());
    }
    boolean insideState =
        trace.context() == stateContext.get()
            || (state == IrqState.SOFTIRQ && trace.context() == ExecutionContext.HARDIRQ)
            || trace.context() == ExecutionContext.NMI;
    return CheckResult.of(id(), !insideState, claim,
        where + (insideState ? ", where " + state.description() + "s are disabled" : ""), line);
  }

  private static String describe(TraceAnalysis trace) {
    String entry =
        trace.contextEntry().map(f -> " (entered via " + f.function() + ")").orElse("");
    return "acquired in " + trace.context().description() + entry;
  }
}
