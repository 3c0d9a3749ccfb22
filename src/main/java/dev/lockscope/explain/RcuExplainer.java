package dev.lockscope.explain;

import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.RcuSite;
import dev.lockscope.report.RcuState;
import dev.lockscope.report.SuspiciousRcu;
import dev.lockscope.verify.FindingEvidence;
import dev.lockscope.verify.RcuExpectation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Explains a suspicious RCU usage: which check failed, where, and what the task held. */
final class RcuExplainer {

  private static final String KIND = "suspicious-rcu";

  private final FindingWords words;

  RcuExplainer(FindingWords words) {
    this.words = words;
  }

  Optional<Explanation> explain(SuspiciousRcu report, FindingEvidence evidence) {
    if (report.site().isEmpty()) {
      return Optional.empty();
    }
    RcuSite site = report.site().get();
    String category = evidence.rcu().map(RcuExpectation::message).map(m -> m.category()).orElse("*");
    String in = evidence.titleFunction().map(f -> " in " + f).orElse("");
    String summary =
        "The RCU check at %s failed%s %s: %s.".formatted(site.location(), in, FindingWords.where(evidence.backtrace()).trim(), site.message())
            .replace("  ", " ").replace(" :", ":");
    List<LockUse> uses = new ArrayList<>();
    evidence.backtrace().ifPresent(t -> uses.add(words.stackFrom(t, evidence.titleFunction().orElse(""), "checks RCU protection")));
    report.heldLocks().map(HeldLocks::locks).orElse(List.of()).forEach(h -> uses.add(FindingWords.held(h, "holds")));
    Map<String, String> values = Map.of();
    return Optional.of(
        new Explanation(
            summary, uses, "", List.of(), words.why(KIND, category, values) + staleNote(report.state()),
            words.fixes(KIND, category, "", "", values)));
  }

  private static String staleNote(Optional<RcuState> state) {
    return state.filter(s -> !s.debugLocks()).isPresent()
        ? " Lockdep was already off (debug_locks = 0), so the held-locks list may be stale: check that the report is not a false positive."
        : "";
  }
}
