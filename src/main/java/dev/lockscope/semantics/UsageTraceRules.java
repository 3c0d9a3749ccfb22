package dev.lockscope.semantics;

import dev.lockscope.report.Frame;
import dev.lockscope.report.IrqState;
import dev.lockscope.report.UsageBit;
import dev.lockscope.rules.IrqEffect;
import dev.lockscope.rules.LockPrimitive;
import java.util.Optional;

/**
 * Whether a trace can be where lockdep set a usage bit (spec sections 3.2, 10 and 11): the context
 * the lock was taken in, and what the lock primitive did to the irq state first.
 */
public final class UsageTraceRules {

  /**
   * An IN-X bit needs an X-context entry below the lock call; an X-ON bit needs code outside X
   * context, or the irq-enable path that marks held locks.
   */
  public RuleOutcome context(UsageBit bit, TraceAnalysis trace) {
    IrqState state = bit.state().orElseThrow(() -> new IllegalArgumentException(bit + " has no irq state"));
    Optional<ExecutionContext> stateContext = ExecutionContext.of(state);
    if (stateContext.isEmpty()) {
      return RuleOutcome.undecided("stack traces do not show filesystem-reclaim context");
    }
    if (trace.context() == ExecutionContext.UNKNOWN) {
      return RuleOutcome.undecided("no context entry frame in the trace");
    }
    String where = describe(trace);
    int line = trace.contextEntry().map(Frame::inputLine).orElse(trace.trace().firstLine());
    if (bit.usedIn()) {
      boolean holds = trace.context() == stateContext.get()
          || (state == IrqState.SOFTIRQ && trace.context() == ExecutionContext.HARDIRQ && trace.interruptedSoftirq());
      return holds || trace.complete()
          ? RuleOutcome.of(holds, where, line)
          : RuleOutcome.undecided(where + ", but the trace is cut");
    }
    if (trace.enablePath().isPresent()) {
      Frame enable = trace.enablePath().get();
      return RuleOutcome.of(true,
          "set while re-enabling interrupts at " + enable.function() + " with the lock held", enable.inputLine());
    }
    boolean insideState =
        trace.context() == stateContext.get()
            || (state == IrqState.SOFTIRQ && trace.context() == ExecutionContext.HARDIRQ)
            || trace.context() == ExecutionContext.NMI;
    return RuleOutcome.of(!insideState,
        where + (insideState ? ", where " + state.description() + "s are disabled" : ""), line);
  }

  /**
   * An ON bit is only set when the primitive left that irq state enabled; an IN bit is never set by
   * a trylock; the read/write kind of the bit matches the primitive.
   */
  public RuleOutcome primitive(UsageBit bit, TraceAnalysis trace) {
    if (!bit.usedIn() && trace.enablePath().isPresent()) {
      return RuleOutcome.of(true,
          "not set by a lock call but by " + trace.enablePath().get().function(),
          trace.enablePath().get().inputLine());
    }
    if (trace.primitive().isEmpty() || trace.primitiveFrame().isEmpty()) {
      return RuleOutcome.undecided("no known lock primitive in the trace");
    }
    LockPrimitive primitive = trace.primitive().get();
    Optional<String> problem = problem(bit, primitive);
    String found = primitive.function() + " (" + primitive.api() + ")" + problem.map(p -> ": " + p).orElse(fits(bit, primitive));
    return RuleOutcome.of(problem.isEmpty(), found, trace.primitiveFrame().get().inputLine());
  }

  private static String describe(TraceAnalysis trace) {
    String entry = trace.contextEntry().map(f -> " (entered via " + f.function() + ")").orElse("");
    return "acquired in " + trace.context().description() + entry
        + (trace.interruptedSoftirq() ? ", which interrupted softirq processing" : "");
  }

  private static Optional<String> problem(UsageBit bit, LockPrimitive primitive) {
    if (bit.read() != primitive.reader() && !primitive.lockType().equals("lockdep-map")) {
      return Optional.of("a " + (primitive.reader() ? "read" : "write") + " acquisition cannot set a "
          + (bit.read() ? "read" : "write") + " bit");
    }
    if (bit.usedIn()) {
      return primitive.trylock() ? Optional.of("a trylock never sets an IN bit") : Optional.empty();
    }
    IrqState state = bit.state().orElseThrow();
    IrqEffect effect = primitive.irqEffect();
    if (effect == IrqEffect.HARDIRQS_OFF || (effect == IrqEffect.SOFTIRQS_OFF && state == IrqState.SOFTIRQ)) {
      return Optional.of("it disables " + (effect == IrqEffect.HARDIRQS_OFF ? "hard irqs" : "softirqs")
          + " before lockdep sees the acquisition, so it cannot set " + bit.printedName());
    }
    return Optional.empty();
  }

  private static String fits(UsageBit bit, LockPrimitive primitive) {
    if (bit.usedIn()) {
      return ": a blocking acquisition, which sets IN bits";
    }
    return primitive.irqEffect() == IrqEffect.NONE ? ": leaves irqs and softirqs as they were" : ": leaves hard irqs enabled";
  }
}
