package dev.lockscope.explain;

import dev.lockscope.report.HeldLock;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.HeldLocksDump;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.TaskRef;
import dev.lockscope.verify.FindingEvidence;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Explains a held-locks dump as who holds what, and which lock classes several tasks list: one
 * owns such a lock and the others wait for it.
 */
final class HeldLocksDumpExplainer {

  private static final String KIND = "held-locks-dump";

  private final FindingWords words;

  HeldLocksDumpExplainer(FindingWords words) {
    this.words = words;
  }

  Explanation explain(HeldLocksDump report, FindingEvidence evidence) {
    List<LockUse> uses = new ArrayList<>();
    int countOnly = 0;
    for (HeldLocks held : report.tasks()) {
      if (held.locks().isEmpty()) {
        countOnly++;
      } else {
        uses.add(taskUse(held));
      }
    }
    String summary =
        report.lockdepOff()
            ? "Lockdep was already off, so the dump lists no locks."
            : "%s hold locks; %d of them were running and show only their count.".formatted(
                FindingWords.plural(report.tasks().size(), "task"), countOnly);
    return new Explanation(summary, uses, "Locks listed by more than one task:", shared(report), words.why(KIND, "*", Map.of()), List.of());
  }

  private static LockUse taskUse(HeldLocks held) {
    List<HeldLock> locks = held.locks();
    LockLine innermost = locks.get(locks.size() - 1).lock();
    String names = locks.stream().map(h -> h.lock().name().printed()).collect(Collectors.joining(", "));
    String task = held.task().map(TaskRef::toString).orElse("a task");
    String site = innermost.acquireSite().map(UseDescriber::site).map(s -> "innermost taken in " + s).orElse("");
    return new LockUse("", task + " holds " + names, site, "", List.of());
  }

  /**
   * One line per lock listed by several tasks: the same class at the same instance address, or the
   * same class when no address is printed.
   */
  private static List<String> shared(HeldLocksDump report) {
    Map<String, List<String>> holders = new LinkedHashMap<>();
    for (HeldLocks held : report.tasks()) {
      String task = held.task().map(TaskRef::toString).orElse("a task");
      held.locks().stream()
          .map(HeldLock::lock)
          .map(l -> l.name().printed() + l.address().map(a -> " (" + a + ")").orElse(""))
          .distinct()
          .forEach(lock -> holders.computeIfAbsent(lock, n -> new ArrayList<>()).add(task));
    }
    return holders.entrySet().stream()
        .filter(e -> e.getValue().size() > 1)
        .map(e -> e.getKey() + ": " + String.join(", ", e.getValue()))
        .toList();
  }
}
