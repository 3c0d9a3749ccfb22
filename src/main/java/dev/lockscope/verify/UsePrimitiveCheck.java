package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.report.IrqState;
import dev.lockscope.report.UsageBit;
import dev.lockscope.rules.IrqEffect;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;

/**
 * The lock primitive in a trace can set the usage bit (spec sections 3.2 and 10): an ON bit is
 * only set when the primitive left that irq state enabled; an IN bit is never set by a trylock;
 * the read/write kind of the bit matches the primitive.
 */
final class UsePrimitiveCheck extends UseCheck {

  UsePrimitiveCheck(String id, Use use) {
    super(id, use);
  }

  @Override
  CheckResult check(UsageBit usageBit, TraceAnalysis trace) {
    String claim = "the %s's lock call sets {%s}".formatted(traceName, usageBit.printedName());
    if (!usageBit.usedIn() && trace.enablePath().isPresent()) {
      return CheckResult.of(id(), true, claim,
          "not set by a lock call but by " + trace.enablePath().get().function(),
          trace.enablePath().get().inputLine());
    }
    if (trace.primitive().isEmpty() || trace.primitiveFrame().isEmpty()) {
      return CheckResult.unknown(id(), claim, "no known lock primitive in the " + traceName);
    }
    LockPrimitive primitive = trace.primitive().get();
    Frame frame = trace.primitiveFrame().get();
    Optional<String> problem = problem(usageBit, primitive);
    String found = primitive.function() + " (" + primitive.api() + ")" + problem.map(p -> ": " + p).orElse(fits(usageBit, primitive));
    return CheckResult.of(id(), problem.isEmpty(), claim, found, frame.inputLine());
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
    if (effect == IrqEffect.HARDIRQS_OFF
        || (effect == IrqEffect.SOFTIRQS_OFF && state == IrqState.SOFTIRQ)) {
      return Optional.of("it disables " + (effect == IrqEffect.HARDIRQS_OFF ? "hard irqs" : "softirqs")
          + " before lockdep sees the acquisition, so it cannot set " + bit.printedName());
    }
    return Optional.empty();
  }

  private static String fits(UsageBit bit, LockPrimitive primitive) {
    if (bit.usedIn()) {
      return ": a blocking acquisition, which sets IN bits";
    }
    return primitive.irqEffect() == IrqEffect.NONE
        ? ": leaves irqs and softirqs as they were"
        : ": leaves hard irqs enabled";
  }
}
