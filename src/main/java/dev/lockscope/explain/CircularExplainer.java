package dev.lockscope.explain;

import dev.lockscope.report.ChainEntry;
import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.LockClassName;
import dev.lockscope.semantics.AcquisitionKind;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.verify.CircularEvidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Explains a circular dependency: every edge of the cycle with the place that recorded it, then
 * one CPU per lock, each holding one lock of the cycle and waiting for the next.
 */
final class CircularExplainer {

  private final UseDescriber describer;

  CircularExplainer(UseDescriber describer) {
    this.describer = describer;
  }

  static boolean explains(CircularEvidence evidence) {
    CircularDependency r = evidence.report();
    return !r.chain().isEmpty() && r.chain().get(r.chain().size() - 1).index() == 0;
  }

  Explanation explain(CircularEvidence evidence) {
    CircularDependency report = evidence.report();
    List<ChainEntry> chain = report.chain();
    List<LockClassName> cycle = cycle(chain);
    int k = cycle.size() - 1;
    String order = String.join(" -> ", cycle.stream().map(LockClassName::printed).toList()) + " -> " + cycle.get(0);
    String summary =
        "A circular locking dependency between %d lock classes: %s. Each arrow is an order (\"held, then acquired\") that some code established; together they form a cycle, so %d tasks on %d CPUs can each hold one of these locks and wait for the next."
            .formatted(cycle.size(), order, cycle.size(), cycle.size())
        + (cycle.stream().anyMatch(CircularExplainer::completion)
            ? " A completion is not held: its arrows mean waiting for it, and what its completer takes before completing it."
            : "");
    return new Explanation(
        summary,
        edges(evidence, cycle),
        "Deadlock on " + cycle.size() + " CPUs:",
        timeline(report, evidence, cycle),
        why(cycle) + readers(evidence, cycle),
        fixes(evidence, cycle, k));
  }

  private static List<LockClassName> cycle(List<ChainEntry> chain) {
    List<LockClassName> cycle = new ArrayList<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      cycle.add(chain.get(i).lock().name());
    }
    return cycle;
  }

  /** Edge i: L(i-1) held, L(i) acquired, recorded at trace #i; the closing edge is #0. */
  private List<LockUse> edges(CircularEvidence evidence, List<LockClassName> cycle) {
    List<ChainEntry> chain = evidence.report().chain();
    int k = cycle.size() - 1;
    List<LockUse> uses = new ArrayList<>();
    for (int i = 1; i <= k; i++) {
      int printed = chain.size() - 1 - i;
      uses.add(edge(cycle.get(i - 1), cycle.get(i), "[-> #" + i + "]", evidence.chainUses().get(printed), "recorded earlier"));
    }
    TraceAnalysis closing = evidence.chainUses().get(chain.size() - 1);
    uses.add(edge(cycle.get(k), cycle.get(0), "[-> #0]", closing, "the acquisition that closes the cycle, now"));
    return uses;
  }

  private LockUse edge(LockClassName held, LockClassName taken, String label, TraceAnalysis use, String when) {
    String step = completion(taken) ? "waits for %s while holding %s".formatted(taken, held)
        : completion(held) ? "takes %s before completing %s".formatted(taken, held)
        : "takes %s while holding %s".formatted(taken, held);
    String context = "%s -> %s: %s (%s)%s".formatted(held, taken, step, when, describer.pseudoMeaning(taken.printed()));
    return describer.use(label, context, Optional.of(use), Optional.empty());
  }

  /**
   * Whether a class is a completion (the cross-release maps of 4.15 and 4.16): nobody holds one; a
   * task waits for it, and its completer takes locks before completing it.
   */
  private static boolean completion(LockClassName name) {
    return name.printed().startsWith("(completion)");
  }

  /** What a task in the cycle does: holds one class and wants the next, in completion terms where one is. */
  private static String wants(LockClassName held, LockClassName wanted) {
    if (completion(wanted)) {
      return "holds %s and waits for %s".formatted(held, wanted);
    }
    if (completion(held)) {
      return "must take %s before it can complete %s".formatted(wanted, held);
    }
    return "holds %s and wants %s".formatted(held, wanted);
  }

  private List<String> timeline(CircularDependency report, CircularEvidence evidence, List<LockClassName> cycle) {
    int k = cycle.size() - 1;
    String who = report.task().map(t -> t.comm()).orElse("this task");
    List<String> steps = new ArrayList<>();
    steps.add("CPU0: %s %s (in %s);"
        .formatted(who, wants(cycle.get(k), cycle.get(0)), UseDescriber.function(Optional.of(evidence.chainUses().get(evidence.chainUses().size() - 1)))));
    List<TraceAnalysis> uses = evidence.chainUses();
    for (int i = 1; i <= k; i++) {
      TraceAnalysis use = uses.get(uses.size() - 1 - i);
      steps.add("CPU%d: a task %s (as %s does);"
          .formatted(i, wants(cycle.get(i - 1), cycle.get(i)), UseDescriber.function(Optional.of(use))));
    }
    steps.add(cycle.stream().anyMatch(CircularExplainer::completion)
        ? "each CPU waits for the next one (a completion waits for the task that would complete it), all the way round: none can make progress."
        : "each CPU waits for a lock the next one holds, all the way round: none can make progress.");
    return steps;
  }

  private String why(List<LockClassName> cycle) {
    StringBuilder why = new StringBuilder(
        "Lockdep reasons about lock classes, not instances: each arrow may have been seen with different objects of a class, and the deadlock needs them to meet on the same objects. It still needs only the orders above to happen on %d CPUs at once.".formatted(cycle.size()));
    cycle.stream().map(c -> describer.pseudoMeaning(c.printed())).filter(m -> !m.isEmpty()).forEach(m -> why.append(" Note").append(m).append('.'));
    return why.toString();
  }

  /** Read acquisitions change when a cycle can deadlock (spec section 6): say which there are. */
  private static String readers(CircularEvidence evidence, List<LockClassName> cycle) {
    List<String> readers = new ArrayList<>();
    List<TraceAnalysis> uses = evidence.chainUses();
    for (int i = 0; i < cycle.size(); i++) {
      TraceAnalysis use = uses.get(uses.size() - 1 - i);
      Optional<AcquisitionKind> kind = AcquisitionKind.of(use);
      if (kind.isPresent() && kind.get().reader()) {
        String api = use.calledApi().map(p -> p.api() + "()").orElse("a read lock");
        readers.add(cycle.get(i) + " is taken for reading (" + api + (kind.get() == AcquisitionKind.RECURSIVE_READ ? ", recursive" : ", not recursive") + ")");
      }
    }
    if (readers.isEmpty()) {
      return "";
    }
    return " Readers are involved: " + String.join("; ", readers)
        + ". Readers only block writers, so the deadlock needs a writer waiting at the right moment: a non-recursive reader still blocks behind a queued writer, which is why lockdep reports it.";
  }

  private List<String> fixes(CircularEvidence evidence, List<LockClassName> cycle, int k) {
    List<String> names = cycle.stream().map(LockClassName::printed).toList();
    List<String> types =
        cycle.stream().map(c -> describer.lockType(c.printed(), Stream.<Optional<TraceAnalysis>>empty())).toList();
    String closing = UseDescriber.function(Optional.of(evidence.chainUses().get(evidence.chainUses().size() - 1)));
    List<String> hints = new ArrayList<>(describer.fixes("circular-dependency", names, types, closing));
    hints.replaceAll(h -> h.replace("{held}", cycle.get(k).printed()).replace("{acquired}", cycle.get(0).printed()));
    return hints;
  }
}
