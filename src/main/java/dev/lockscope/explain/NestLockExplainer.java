package dev.lockscope.explain;

import dev.lockscope.report.LockLine;
import dev.lockscope.report.NestLock;
import dev.lockscope.report.NestedLockNotTaken;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.verify.FindingEvidence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Explains a nested lock taken without its nest lock. */
final class NestLockExplainer {

  private static final String KIND = "nested-lock-not-taken";

  private final FindingWords words;

  NestLockExplainer(FindingWords words) {
    this.words = words;
  }

  Optional<Explanation> explain(NestedLockNotTaken report, FindingEvidence evidence) {
    if (report.lock().isEmpty()) {
      return Optional.empty();
    }
    LockLine lock = report.lock().get();
    String task = report.task().map(t -> t.task().toString()).orElse("the task");
    Optional<String> api = evidence.backtrace().flatMap(TraceAnalysis::calledApi).map(LockPrimitive::api);
    Optional<String> nest = report.nestLock().map(NestLock::name);
    String with = api.map(a -> " with " + a + "()").orElse(" with a nest_lock annotation");
    String summary =
        nest.map(n -> "%s takes %s%s naming %s as its nest lock, but does not hold %s.".formatted(task, lock.name(), with, n, n))
            .orElse("%s takes %s%s, and the kernel broke off while printing the nest lock's name: the nest_lock pointer is not a lock (memory corruption or a use-after-free)."
                .formatted(task, lock.name(), with));
    Map<String, String> values = new HashMap<>(Map.of("lock", lock.name().printed(), "nest", nest.orElse("the nest lock")));
    api.ifPresent(a -> values.put("api", a));
    List<LockUse> uses =
        evidence.backtrace().map(t -> List.of(words.stack(t, ("takes " + lock.name() + " " + FindingWords.where(evidence.backtrace())).trim(), "")))
            .orElse(List.of(FindingWords.lockLine(lock, "takes")));
    String kase = nest.isPresent() ? "printed" : "unprinted";
    return Optional.of(
        new Explanation(
            summary, uses, "", List.of(), words.why(KIND, kase, values), words.fixes(KIND, kase, lock.name().printed(), "", values)));
  }
}
