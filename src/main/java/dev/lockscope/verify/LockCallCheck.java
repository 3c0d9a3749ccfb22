package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.report.NonStaticKey;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;

/**
 * The dump shows the lock call that used the unregistered key ({@code primitives.tsv}): lockdep
 * registers a class on a lock's first acquisition. Heuristic: a lock initialised with an explicit
 * lockdep map shows no lock call, so its absence from a whole dump is a warning.
 */
final class LockCallCheck implements FindingCheck<NonStaticKey> {

  @Override
  public String id() {
    return "lock-call";
  }

  @Override
  public CheckResult check(NonStaticKey report, FindingEvidence evidence) {
    String claim = report.extent().header();
    Optional<TraceAnalysis> trace = evidence.backtrace();
    if (trace.isEmpty()) {
      return CheckResult.unknown(id(), claim, "no stack dump");
    }
    Optional<LockPrimitive> call = trace.get().calledApi();
    if (call.isPresent()) {
      String by = trace.get().acquirer().map(f -> " in " + f.baseFunction()).orElse("");
      int line = trace.get().primitiveFrame().map(Frame::inputLine).orElse(trace.get().trace().firstLine());
      return CheckResult.of(id(), true, claim, "the key belongs to a lock taken with %s()%s".formatted(call.get().api(), by), line);
    }
    if (!trace.get().complete()) {
      return CheckResult.unknown(id(), claim, "the dump is cut before a lock call");
    }
    return new CheckResult(id(), Status.WARN, claim, "no lock call in the dump", trace.get().trace().firstLine());
  }
}
