package dev.lockscope.explain;

import dev.lockscope.report.Frame;
import dev.lockscope.report.StackTrace;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.TraceAnalyzer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** What every explainer needs: how a trace reads as a use of a lock, and the fix hints. */
final class UseDescriber {

  private final RuleSet rules;
  private final CallPaths callPaths;
  private final TraceAnalyzer analyzer;

  UseDescriber(RuleSet rules) {
    this.rules = rules;
    this.callPaths = new CallPaths(rules);
    this.analyzer = new TraceAnalyzer(rules);
  }

  RuleSet rules() {
    return rules;
  }

  CallPaths callPaths() {
    return callPaths;
  }

  Optional<TraceAnalysis> analyze(Optional<StackTrace> trace) {
    return trace.map(analyzer::analyze);
  }

  /** A use of a lock: where it was taken (or the fallback site), with which call, and the way there. */
  LockUse use(String label, String context, Optional<TraceAnalysis> analysis, Optional<Frame> fallbackSite) {
    String site = analysis.flatMap(TraceAnalysis::acquirer).or(() -> fallbackSite).map(UseDescriber::site).orElse("(site not printed)");
    String api = analysis.flatMap(TraceAnalysis::calledApi).map(p -> p.api() + "()").orElse("");
    List<String> path = analysis.map(callPaths::path).orElse(List.of());
    return new LockUse(label, context, site, api, path);
  }

  /** The function that took the lock in a trace, or a placeholder. */
  static String function(Optional<TraceAnalysis> analysis) {
    return analysis.flatMap(TraceAnalysis::acquirer).map(Frame::baseFunction).orElse("some function");
  }

  /** A function with its module (who to ask) and {@code file:line} (where to look), when printed. */
  static String site(Frame frame) {
    return frame.baseFunction()
        + frame.module().map(m -> " [" + m + "]").orElse("")
        + frame.location().map(l -> "  " + l).orElse("");
  }

  /** The kind of lock a class is, from the calls that take it, else from the pseudo-lock rules. */
  String lockType(String className, Stream<Optional<TraceAnalysis>> uses) {
    return uses.flatMap(Optional::stream)
        .map(TraceAnalysis::calledApi)
        .flatMap(Optional::stream)
        .map(LockPrimitive::lockType)
        .findFirst()
        .orElse(rules.pseudoLock(className).isPresent() ? "lockdep map" : "lock");
  }

  /** The pseudo-lock meaning of a class, as a clause, or empty text. */
  String pseudoMeaning(String className) {
    return rules.pseudoLock(className).map(p -> " (" + className + " is not a real lock but " + p.meaning() + ")").orElse("");
  }

  /** Fix hints of a kind and irq state for one lock, placeholders filled in. */
  List<String> fixes(String kind, String state, String lock, String lockType, String api) {
    String safeApi =
        rules.safeApi(api, state).or(() -> rules.safeApi(lockType, state)).orElse("the irq-safe variant of " + api);
    return rules.fixHints(kind, state, lock, lockType).stream()
        .map(h -> h.text().replace("{lock}", lock).replace("{api}", api).replace("{safe_api}", safeApi))
        .toList();
  }

  /** Fix hints of a kind for several locks, each hint once. */
  List<String> fixes(String kind, List<String> locks, List<String> lockTypes, String api) {
    Set<String> hints = new LinkedHashSet<>();
    for (int i = 0; i < locks.size(); i++) {
      hints.addAll(fixes(kind, "*", locks.get(i), lockTypes.get(i), api));
    }
    return List.copyOf(hints);
  }
}
