package dev.lockscope.explain;

import dev.lockscope.report.HeldLock;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.TaskSections;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.verify.FindingEvidence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Explains a task that still holds locks where it must hold none (exit, exec, freezing, the
 * return to user space): which locks, and where each was taken.
 */
final class LeakedLockExplainer {

  private final FindingWords words;

  LeakedLockExplainer(FindingWords words) {
    this.words = words;
  }

  /**
   * @param situation the summary's format: the task, the locks ("2 locks: a, b") and where the
   *     check ran ("(checked in do_exit)" or nothing)
   */
  <R extends LockdepReport & TaskSections> Optional<Explanation> explain(R report, FindingEvidence evidence, String situation) {
    List<HeldLock> held = report.heldLocks().map(HeldLocks::locks).orElse(List.of());
    if (held.isEmpty()) {
      return Optional.empty();
    }
    String kind = report.extent().kind().id();
    String task = report.task().map(t -> t.task().toString()).orElse("the task");
    String names = held.stream().map(h -> h.lock().name().printed()).distinct().collect(Collectors.joining(", "));
    String reached = evidence.backtrace().flatMap(TraceAnalysis::acquirer).map(f -> " (checked in " + f.baseFunction() + ")").orElse("");
    String summary = situation.formatted(task, FindingWords.plural(held.size(), "lock") + ": " + names, reached);
    HeldLock innermost = held.get(held.size() - 1);
    Map<String, String> values =
        innermost.lock().acquireSite()
            .map(f -> Map.of("lock", names, "site", f.baseFunction()))
            .orElse(Map.of("lock", names));
    List<LockUse> uses = held.stream().map(h -> FindingWords.held(h, "holds")).toList();
    return Optional.of(
        new Explanation(
            summary, uses, "", List.of(), words.why(kind, "*", values),
            words.fixes(kind, "*", innermost.lock().name().printed(), "", values)));
  }
}
