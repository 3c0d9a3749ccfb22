package dev.lockscope.explain;

import dev.lockscope.report.LockLine;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.semantics.AcquisitionKind;
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
    String firstSite = prev.acquireSite().map(f -> f.baseFunction()).orElse("an earlier function");
    String secondSite = UseDescriber.function(evidence.backtraceUse());
    List<String> selfDeadlock =
        List.of(
            "%s holds %s (taken in %s);".formatted(who, name, firstSite),
            "%s takes it again in %s and waits for itself: it never releases the first hold.".formatted(who, secondSite));
    List<String> abba =
        List.of(
            "CPU0: a task holds instance A of %s (as %s does) and wants instance B (as %s does);".formatted(name, firstSite, secondSite),
            "CPU1: another task holds instance B and wants instance A, the same path the other way round;",
            "both wait forever - unless the code guarantees one fixed order between the instances, which lockdep cannot see.");
    Instances instances = sameInstance ? Instances.SAME : twoInstances ? Instances.TWO : Instances.UNKNOWN;
    List<String> timeline =
        switch (instances) {
          case SAME -> selfDeadlock;
          case TWO -> abba;
          case UNKNOWN -> concat(List.of("This kernel prints no lock addresses, so the two may be one lock or two instances of the class."), selfDeadlock, abba);
        };
    return new Explanation(
        summary,
        uses,
        switch (instances) {
          case SAME -> "Deadlock in one task:";
          case TWO -> "Deadlock on two CPUs:";
          case UNKNOWN -> "Deadlock in one task, or on two CPUs:";
        },
        timeline,
        why(kind, instances, report.nestingHint()),
        fixes(name, type, instances));
  }

  /** Whether the two acquisitions are of one lock, of two instances of its class, or unknown. */
  private enum Instances {
    SAME,
    TWO,
    UNKNOWN
  }

  @SafeVarargs
  private static List<String> concat(List<String>... parts) {
    return java.util.Arrays.stream(parts).flatMap(List::stream).toList();
  }

  private static String why(Optional<AcquisitionKind> kind, Instances instances, boolean nestingHint) {
    StringBuilder why = new StringBuilder();
    if (kind.equals(Optional.of(AcquisitionKind.READ))) {
      why.append("Readers of this lock are not recursive: a writer that queues between the two read acquisitions blocks the second one while it waits for the first. ");
    }
    if (instances != Instances.TWO) {
      why.append("A non-recursive lock taken twice by one task can never be granted the second time. ");
    }
    if (instances != Instances.SAME) {
      why.append("All instances initialised at one site share a class, so lockdep sees two locks of one class nested and cannot tell whether their order is fixed.");
    }
    if (nestingHint) {
      why.append(" Lockdep adds: \"May be due to missing lock nesting notation\".");
    }
    return why.toString().strip();
  }

  private List<String> fixes(String name, String type, Instances instances) {
    List<String> same = describer.fixes("recursive-locking", "same", name, type, "the lock call");
    List<String> two = describer.fixes("recursive-locking", "instances", name, type, "the lock call");
    return switch (instances) {
      case SAME -> same;
      case TWO -> two;
      case UNKNOWN -> concat(same, two).stream().distinct().toList();
    };
  }
}
