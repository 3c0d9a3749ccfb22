package dev.lockscope.explain;

import dev.lockscope.report.HeldLockFreed;
import dev.lockscope.report.LockLine;
import dev.lockscope.verify.FindingEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Explains a held lock freed: the lock, where it was taken, and where its memory is freed. */
final class FreedLockExplainer {

  private static final String KIND = "held-lock-freed";

  private final FindingWords words;

  FreedLockExplainer(FindingWords words) {
    this.words = words;
  }

  Optional<Explanation> explain(HeldLockFreed report, FindingEvidence evidence) {
    if (report.lock().isEmpty()) {
      return Optional.empty();
    }
    LockLine lock = report.lock().get();
    String task = report.task().map(t -> t.task().toString()).orElse("the task");
    String memory = report.range().map(r -> r.from() + "-" + r.to()).orElse("the memory");
    String taken = lock.acquireSite().map(f -> " (taken in " + f.baseFunction() + ")").orElse("");
    String summary =
        "%s frees memory %s %swhile it still holds %s%s, which lies in that memory."
            .formatted(task, memory, FindingWords.where(evidence.backtrace()), lock.name(), taken);
    List<LockUse> uses = new ArrayList<>();
    uses.add(FindingWords.lockLine(lock, "holds"));
    evidence.backtrace().ifPresent(t -> uses.add(words.stack(t, "frees the memory", "")));
    Map<String, String> values = Map.of("lock", lock.name().printed(), "memory", memory);
    return Optional.of(
        new Explanation(
            summary, uses, "", List.of(), words.why(KIND, "*", values), words.fixes(KIND, "*", lock.name().printed(), "", values)));
  }
}
