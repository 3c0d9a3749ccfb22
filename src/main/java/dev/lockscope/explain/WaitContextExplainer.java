package dev.lockscope.explain;

import dev.lockscope.report.HeldLock;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.report.LockLine;
import dev.lockscope.rules.WaitType;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.WaitContextAnalysis;
import dev.lockscope.semantics.WaitNumbering;
import dev.lockscope.verify.FindingEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Explains an invalid wait context: which lock was taken, what (a held lock or the interrupt
 * context) forbade it, and why that nesting sleeps where it must not.
 */
final class WaitContextExplainer {

  private static final String KIND = "invalid-wait-context";

  private final FindingWords words;

  WaitContextExplainer(FindingWords words) {
    this.words = words;
  }

  Optional<Explanation> explain(InvalidWaitContext report, FindingEvidence evidence) {
    if (report.lock().isEmpty() || evidence.waitContext().isEmpty()) {
      return Optional.empty();
    }
    LockLine lock = report.lock().get();
    WaitContextAnalysis analysis = evidence.waitContext().get();
    String lockType = names(analysis.lockTypes());
    String limitType = names(analysis.limitTypes());
    Optional<HeldLock> holder = analysis.limit().heldLock();
    String limit = holder.map(h -> h.lock().name().printed()).orElse(contextName(evidence.backtrace(), limitType));
    String task = report.task().map(t -> t.task().toString()).orElse("the task");
    String summary =
        holder.isPresent()
            ? "%s takes %s, a %s lock, while holding %s, a %s lock: that nesting is invalid."
                .formatted(task, lock.name(), lockType, limit, limitType)
            : "%s takes %s, a %s lock, in %s, where only %s locks may be taken."
                .formatted(task, lock.name(), lockType, limit, limitType);
    Map<String, String> values =
        Map.of("lock", lock.name().printed(), "lock_type", lockType, "limit", limit, "limit_type", limitType);
    String kase =
        analysis.lockTypes().isEmpty()
            ? "*"
            : analysis.lockTypes().get(0).name() + (holder.isPresent() ? "-under-lock" : "-in-context");
    return Optional.of(
        new Explanation(
            summary,
            uses(lock, holder, evidence.backtrace()),
            "",
            List.of(),
            words.why(KIND, kase, values) + numberingNote(analysis),
            words.fixes(KIND, fixCase(kase, holder), lock.name().printed(), FindingWords.lockType(evidence.backtrace()), values)));
  }

  /**
   * The fix case: a CONFIG lock under a held lock whose class lock-wait-types.tsv pins to SPIN (a
   * raw lock of the irq core or the scheduler) gets fixes that never make the held lock a
   * spinlock_t.
   */
  private String fixCase(String kase, Optional<HeldLock> holder) {
    boolean rawByDesign = holder.map(h -> words.rules().findings().lockWaitTypes().stream()
            .anyMatch(row -> row.lock().equals("class:" + h.lock().name().printed()) && row.waitTypes().equals(List.of("SPIN"))))
        .orElse(false);
    return kase.equals("CONFIG-under-lock") && rawByDesign ? "CONFIG-under-core-lock" : kase;
  }

  private List<LockUse> uses(LockLine lock, Optional<HeldLock> holder, Optional<TraceAnalysis> trace) {
    List<LockUse> uses = new ArrayList<>();
    holder.ifPresent(h -> uses.add(FindingWords.held(h, "holds")));
    String wait = lock.waitTypes().map(w -> w.outer() + ":" + w.inner()).orElse("");
    uses.add(
        trace.map(t -> words.stack(t, "takes " + lock.name() + " " + FindingWords.where(trace).trim(), wait))
            .orElse(FindingWords.lockLine(lock, "takes")));
    return uses;
  }

  private static String contextName(Optional<TraceAnalysis> trace, String limitType) {
    String where = FindingWords.where(trace).trim();
    return where.isEmpty() ? "a " + limitType + " context" : where.substring("in ".length());
  }

  private static String names(List<WaitType> types) {
    return types.isEmpty() ? "?" : types.stream().map(WaitType::name).collect(Collectors.joining(" or "));
  }

  private static String numberingNote(WaitContextAnalysis analysis) {
    return analysis.numbering() == WaitNumbering.RAW_LOCK_NESTING
        ? " The wait types are numbered as with CONFIG_PROVE_RAW_LOCK_NESTING (see wait-numbering)."
        : "";
  }
}
