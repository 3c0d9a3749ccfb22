package dev.lockscope.explain;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.HeldLock;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.UnheldLock;
import dev.lockscope.report.UnheldLockOperation;
import dev.lockscope.verify.FindingEvidence;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Explains a bad unlock balance or a bad contention: an operation on a lock not held. */
final class UnheldLockExplainer {

  /**
   * Where lockdep is told that a path may take a lock, with an acquisition immediately followed by
   * its release ({@code might_lock()} and the page-fault annotation): a release there that finds
   * no held lock is not a double unlock.
   */
  private static final Set<String> ANNOTATIONS = Set.of("__might_fault", "might_fault", "might_lock", "might_lock_read", "might_lock_nested");

  private final FindingWords words;

  UnheldLockExplainer(FindingWords words) {
    this.words = words;
  }

  Optional<Explanation> explain(UnheldLockOperation report, FindingEvidence evidence) {
    if (report.lock().isEmpty()) {
      return Optional.empty();
    }
    UnheldLock lock = report.lock().get();
    String kind = report.extent().kind().id();
    boolean release = report.extent().kind() == ReportKind.BAD_UNLOCK_BALANCE;
    String task = report.task().map(t -> t.task().toString()).orElse("the task");
    String site = lock.site().map(f -> " in " + f.baseFunction()).orElse("");
    String action = release ? "releases" : "reports contention on";
    String summary =
        "%s %s %s%s %s, but %s. %s"
            .formatted(task, action, lock.name(), site, FindingWords.where(evidence.backtrace()).trim(),
                release ? "holds no such lock" : "is not acquiring it", holding(report.heldLocks()));
    List<LockUse> uses =
        evidence.backtrace()
            .map(t -> List.of(words.stackFrom(t, lock.site().map(f -> f.baseFunction()).orElse(""), action + " " + lock.name())))
            .orElse(List.of());
    Optional<String> annotation = lock.site().map(f -> f.baseFunction()).filter(ANNOTATIONS::contains);
    String kase = !release ? "*" : annotation.isPresent() ? "annotation" : "unpaired";
    Map<String, String> values = annotation.isPresent()
        ? Map.of("lock", lock.name().printed(), "site", annotation.get())
        : Map.of("lock", lock.name().printed());
    return Optional.of(
        new Explanation(
            summary.replace("  ", " "), uses, "", List.of(), words.why(kind, kase, values),
            words.fixes(kind, kase, lock.name().printed(), "", values)));
  }

  private static String holding(Optional<HeldLocks> held) {
    if (held.isEmpty()) {
      return "";
    }
    if (held.get().count() == 0) {
      return "It holds no locks at all.";
    }
    List<String> names = held.get().locks().stream().map(HeldLock::lock).map(l -> l.name().printed()).toList();
    return "It holds " + FindingWords.plural(held.get().count(), "lock") + (names.isEmpty() ? "." : ": " + String.join(", ", names) + ".");
  }
}
