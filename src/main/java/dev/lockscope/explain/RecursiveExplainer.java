package dev.lockscope.explain;

import dev.lockscope.report.LockLine;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.semantics.AcquisitionKind;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.verify.RecursiveEvidence;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Explains recursive locking: the same instance twice (a real self-deadlock) or two instances of
 * one class (an ordering lockdep cannot see, or a missing nesting annotation).
 */
final class RecursiveExplainer {

  private final UseDescriber describer;

  RecursiveExplainer(UseDescriber describer) {
    this.describer = describer;
  }

  static boolean explains(RecursiveEvidence evidence) {
    return evidence.report().next().isPresent() && evidence.report().prev().isPresent();
  }

  Explanation explain(RecursiveEvidence evidence) {
    RecursiveLocking report = evidence.report();
    LockLine next = report.next().orElseThrow();
    LockLine prev = report.prev().orElseThrow();
    String name = next.name().printed();
    String type = describer.lockType(name, Stream.of(evidence.backtraceUse()));
    boolean sameInstance = next.address().isPresent() && next.address().equals(prev.address());
    boolean twoInstances = next.address().isPresent() && prev.address().isPresent() && !sameInstance;
    Optional<AcquisitionKind> kind = evidence.backtraceUse().flatMap(AcquisitionKind::of);
    String summary =
        "Lock class %s (%s) is acquired while a lock of the same class is already held%s."
            .formatted(name, type, sameInstance ? ", and it is the very same lock" : twoInstances ? ", on a second instance" : "");
    List<LockUse> uses =
        List.of(
            describer.use("", "first acquisition, still held", Optional.empty(), prev.acquireSite()),
            describer.use("", "second acquisition, now", evidence.backtraceUse(), next.acquireSite()));
    String who = report.task().map(t -> t.comm()).orElse("the task");
    String secondSite = UseDescriber.function(evidence.backtraceUse());
    List<String> timeline =
        sameInstance || !twoInstances
            ? List.of(
                "%s holds %s (taken in %s);".formatted(who, name, prev.acquireSite().map(f -> f.baseFunction()).orElse("an earlier function")),
                "%s takes it again in %s and waits for itself: it never releases the first hold.".formatted(who, secondSite))
            : List.of(
                "CPU0: a task holds instance A of %s and wants instance B;".formatted(name),
                "CPU1: another task holds instance B and wants instance A (the same code path, the other way round);",
                "both wait forever - unless the code guarantees one fixed order between the instances, which lockdep cannot see.");
    return new Explanation(
        summary,
        uses,
        twoInstances ? "Deadlock on two CPUs:" : "Deadlock in one task:",
        timeline,
        why(kind, twoInstances, report.nestingHint()),
        fixes(name, type, twoInstances));
  }

  private static String why(Optional<AcquisitionKind> kind, boolean twoInstances, boolean nestingHint) {
    StringBuilder why = new StringBuilder();
    if (kind.equals(Optional.of(AcquisitionKind.READ))) {
      why.append("Readers of this lock are not recursive: a writer that queues between the two read acquisitions blocks the second one while it waits for the first. ");
    }
    why.append(twoInstances
        ? "All instances initialised at one site share a class, so lockdep sees two locks of one class nested and cannot tell whether their order is fixed."
        : "A non-recursive lock taken twice by one task can never be granted the second time.");
    if (nestingHint) {
      why.append(" Lockdep adds: \"May be due to missing lock nesting notation\".");
    }
    return why.toString();
  }

  private List<String> fixes(String name, String type, boolean twoInstances) {
    return describer.fixes("recursive-locking", twoInstances ? "instances" : "same", name, type, "the lock call");
  }
}
