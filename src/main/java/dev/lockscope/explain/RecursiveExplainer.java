package dev.lockscope.explain;

import dev.lockscope.report.LockLine;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.report.UsageBit;
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
    String secondSite = evidence.backtraceUse().isPresent() || next.acquireSite().isEmpty()
        ? UseDescriber.function(evidence.backtraceUse())
        : next.acquireSite().get().baseFunction();
    boolean onlyReads = onlyReads(next) && onlyReads(prev);
    boolean readAgain = onlyReads || kind.equals(Optional.of(AcquisitionKind.READ));
    List<String> selfDeadlock = readAgain
        ? List.of(
            "%s holds %s%s (taken in %s);".formatted(who, name, onlyReads ? " for reading" : "", firstSite),
            "another task asks for %s for writing: it waits for that hold, and readers that come after it wait behind it;".formatted(name),
            "%s asks for %s for reading again in %s: the read waits behind the writer, the writer waits for the first hold, and neither goes on."
                .formatted(who, name, secondSite),
            onlyReads
                ? "Without a writer queued in between, the second read is granted at once: the deadlock needs that writer."
                : "Without a writer queued in between, a second read after a first read is granted at once; after a first hold for writing it never is.")
        : List.of(
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
          case SAME -> readAgain ? "Deadlock in one task, once a writer queues in between:" : "Deadlock in one task:";
          case TWO -> "Deadlock on two CPUs:";
          case UNKNOWN -> "Deadlock in one task, or on two CPUs:";
        },
        timeline,
        why(kind, instances, report.nestingHint(), onlyReads ? next.usage().map(u -> u.raw()) : Optional.empty()),
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

  /**
   * Whether a class's printed usage shows it taken only for reading so far (read bits only): then
   * both acquisitions are reads, and no writer has taken the lock yet.
   */
  private static boolean onlyReads(LockLine lock) {
    List<UsageBit> bits = lock.usage().map(u -> u.setBits()).orElse(List.of());
    return !bits.isEmpty() && bits.stream().allMatch(UsageBit::read);
  }

  /** {@code readOnlyUsage}: the usage string, when it shows the class taken only for reading. */
  private static String why(Optional<AcquisitionKind> kind, Instances instances, boolean nestingHint, Optional<String> readOnlyUsage) {
    StringBuilder why = new StringBuilder();
    if (readOnlyUsage.isPresent() || kind.equals(Optional.of(AcquisitionKind.READ))) {
      why.append("Readers of this lock are not recursive: a second read is granted at once unless a writer queued between the two"
          + " read acquisitions; a queued writer holds back new readers while it waits for the first one, so then neither can go on. ");
    }
    readOnlyUsage.ifPresent(usage -> why.append("The usage {" + usage + "} shows the class taken only for reading so far: both"
        + " acquisitions are reads, and no writer has taken it yet in this boot. "));
    if (instances != Instances.TWO && readOnlyUsage.isEmpty()) {
      why.append(kind.equals(Optional.of(AcquisitionKind.READ))
          ? "If the first hold is for writing, the second read can never be granted. "
          : "A non-recursive lock taken twice by one task can never be granted the second time. ");
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
