package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;

/**
 * The lock was not taken with a trylock (spec section 4.6): lockdep skips the wait-context check
 * for trylocks, which never wait. The lock call is read from the backtrace with
 * {@code primitives.tsv}.
 */
final class NotTrylockCheck implements FindingCheck<InvalidWaitContext> {

  @Override
  public String id() {
    return "not-trylock";
  }

  @Override
  public CheckResult check(InvalidWaitContext report, FindingEvidence evidence) {
    String claim = report.lock().map(l -> "trying to lock " + l.name()).orElse("trying to lock");
    Optional<TraceAnalysis> trace = evidence.backtrace();
    Optional<LockPrimitive> primitive = trace.flatMap(TraceAnalysis::primitive);
    if (primitive.isEmpty()) {
      return CheckResult.unknown(id(), claim, "no known lock call in the backtrace");
    }
    int line = trace.flatMap(TraceAnalysis::primitiveFrame).map(Frame::inputLine).orElse(0);
    String found =
        primitive.get().trylock()
            ? "taken with %s(): lockdep does not check the wait context of a trylock".formatted(primitive.get().api())
            : "taken with %s(), which waits".formatted(primitive.get().api());
    return CheckResult.of(id(), !primitive.get().trylock(), claim, found, line);
  }
}
