package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.report.NestedLockNotTaken;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.List;
import java.util.Optional;

/**
 * The two stack dumps of a nested-lock report show the same acquisition: lockdep dumps the stack
 * twice in one report without returning, so below lockdep's own frames the call paths are equal.
 * Heuristic: a mismatch means interleaved output.
 */
final class DumpsAgreeCheck implements FindingCheck<NestedLockNotTaken> {

  @Override
  public String id() {
    return "dumps-agree";
  }

  @Override
  public CheckResult check(NestedLockNotTaken report, FindingEvidence evidence) {
    Optional<TraceAnalysis> first = evidence.backtrace();
    Optional<TraceAnalysis> second = evidence.secondBacktrace();
    String claim = "both stack dumps are of this acquisition";
    if (first.isEmpty() || second.isEmpty()) {
      return CheckResult.unknown(id(), claim, "fewer than two dumps");
    }
    List<String> a = functions(first.get());
    List<String> b = functions(second.get());
    int line = second.get().trace().firstLine();
    if (a.equals(b)) {
      return CheckResult.of(id(), true, claim, "both show " + String.join(" <- ", a.subList(0, Math.min(3, a.size()))) + " ...", line);
    }
    return new CheckResult(id(), Status.WARN, claim, "the call paths differ: " + a + " and " + b, line);
  }

  private static List<String> functions(TraceAnalysis trace) {
    return trace.callers().stream().map(Frame::baseFunction).toList();
  }
}
