package dev.lockscope.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a violation is about, in the terms a report can be compared with: the kind, the lock
 * classes (the cycle rotated to start at its smallest class; the irq-safe class before the
 * irq-unsafe one) and the detail that tells two violations on those classes apart (the usage pair,
 * the irq class).
 */
public record ViolationKey(String kind, List<String> classes, String detail) {

  public ViolationKey {
    classes = List.copyOf(classes);
  }

  /**
   * A cycle's key: its classes in dependency order (each taken while the one before it is held),
   * rotated to start at the smallest, so any entry point gives the same key.
   */
  public static List<String> rotated(List<String> cycle) {
    List<String> names = new ArrayList<>(cycle);
    if (!names.isEmpty()) {
      Collections.rotate(names, -names.indexOf(Collections.min(names)));
    }
    return names;
  }

  /** The key in words: {@code circular-dependency on A -> B}, {@code inconsistent-lock-state on A ({X} -> {Y})}. */
  public String describe() {
    String joiner = kind.equals("circular-dependency") ? " -> " : ", ";
    return kind + (classes.isEmpty() ? "" : " on " + String.join(joiner, classes)) + (detail.isEmpty() ? "" : " (" + detail + ")");
  }

  /** Violations in words, in the order found: "nothing" when there is none. */
  public static String describe(List<Violation> found) {
    return found.isEmpty() ? "nothing" : String.join("; then ", found.stream().map(v -> of(v).describe()).toList());
  }

  @Override
  public String toString() {
    return kind + " " + classes + (detail.isEmpty() ? "" : " " + detail);
  }

  /** The key of a violation the engine found. */
  public static ViolationKey of(Violation violation) {
    return violation.accept(new Violation.Visitor<>() {
      @Override
      public ViolationKey inconsistent(Violation.InconsistentLockState v) {
        return new ViolationKey(v.kindId(), List.of(v.lock().lockClass().name()),
            v.previous().printedName() + " -> " + v.next().printedName());
      }

      @Override
      public ViolationKey circular(Violation.CircularDependency v) {
        List<String> dependencyOrder = new ArrayList<>(v.chain().stream().map(l -> l.lockClass().name()).toList());
        Collections.reverse(dependencyOrder);
        return new ViolationKey(v.kindId(), rotated(dependencyOrder), "");
      }

      @Override
      public ViolationKey recursive(Violation.RecursiveLocking v) {
        return new ViolationKey(v.kindId(), List.of(v.next().lockClass().name()), "");
      }

      @Override
      public ViolationKey inversion(Violation.IrqInversion v) {
        return new ViolationKey(v.kindId(), List.of(v.scenario().safe(), v.scenario().unsafe()), v.irqClass());
      }

      @Override
      public ViolationKey safeToUnsafe(Violation.IrqSafeToUnsafe v) {
        return new ViolationKey(v.kindId(), List.of(v.safe().name(), v.unsafe().name()), v.irqClass());
      }

      @Override
      public ViolationKey waitContext(Violation.InvalidWaitContext v) {
        return new ViolationKey(v.kindId(), List.of(v.lock().lockClass().name()), "");
      }

      @Override
      public ViolationKey unlockImbalance(Violation.UnlockImbalance v) {
        return new ViolationKey(v.kindId(), List.of(v.mapName()), "");
      }

      @Override
      public ViolationKey freed(Violation.HeldLockFreed v) {
        return new ViolationKey(v.kindId(), List.of(v.lock().lockClass().name()), "");
      }

      @Override
      public ViolationKey exit(Violation.LocksHeldAtExit v) {
        return new ViolationKey(v.kindId(), v.tail().held().stream().map(h -> h.lockClass().name()).toList(), "");
      }

      @Override
      public ViolationKey returning(Violation.LockHeldReturning v) {
        return new ViolationKey(v.kindId(), v.held().stream().map(h -> h.lockClass().name()).toList(), "");
      }

      @Override
      public ViolationKey nestLock(Violation.NestedLockNotTaken v) {
        return new ViolationKey(v.kindId(), List.of(v.lock().lockClass().name(), v.nestLock()), "");
      }

      @Override
      public ViolationKey rcu(Violation.SuspiciousRcu v) {
        return new ViolationKey(v.kindId(), List.of(), v.message());
      }

      @Override
      public ViolationKey limit(Violation.ValidatorLimit v) {
        return new ViolationKey(v.kindId(), List.of(), v.messages().get(0));
      }
    });
  }
}
