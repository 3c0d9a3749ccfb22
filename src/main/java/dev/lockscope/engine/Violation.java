package dev.lockscope.engine;

import dev.lockscope.report.UsageBit;
import java.util.List;
import java.util.Optional;

/**
 * A problem the engine found, with everything lockdep prints about it, captured at the moment of
 * the report (the usage strings and held locks of that moment). One record per report kind of
 * {@code kernel/locking/lockdep.c}; {@link #kindId()} is lockscope's kind id for it.
 */
public sealed interface Violation {

  /** Lockscope's kind id ({@code circular-dependency}, ...), as {@code check} reports it. */
  String kindId();

  /** The task that hit it. */
  TaskRef task();

  /** The trace line of the event that raised it (0 when unknown). */
  int traceLine();

  /** What makes two violations the same problem, so that {@code --all} reports each once. */
  String identity();

  /** One line for people: what and where. */
  String summary();

  <R> R accept(Visitor<R> visitor);

  /** One method per kind: how renderers tell the kinds apart without instanceof chains. */
  interface Visitor<R> {
    R inconsistent(InconsistentLockState v);

    R circular(CircularDependency v);

    R recursive(RecursiveLocking v);

    R inversion(IrqInversion v);

    R safeToUnsafe(IrqSafeToUnsafe v);

    R waitContext(InvalidWaitContext v);

    R unlockImbalance(UnlockImbalance v);

    R freed(HeldLockFreed v);

    R exit(LocksHeldAtExit v);

    R returning(LockHeldReturning v);

    R nestLock(NestedLockNotTaken v);

    R rcu(SuspiciousRcu v);

    R limit(ValidatorLimit v);
  }

  /** A violation whose report ends with the held locks and a backtrace, like most. */
  sealed interface WithTail extends Violation
      permits InconsistentLockState, CircularDependency, RecursiveLocking, IrqInversion, IrqSafeToUnsafe,
          InvalidWaitContext, UnlockImbalance, HeldLockFreed, LocksHeldAtExit, NestedLockNotTaken, SuspiciousRcu,
          ValidatorLimit {

    Tail tail();

    @Override
    default int traceLine() {
      return tail().backtrace().evidence().site().traceLine();
    }
  }

  /** The common tail of most reports: the held locks and the {@code dump_stack()} backtrace. */
  record Tail(int cpu, List<LockView> held, SavedTrace backtrace) {
    public Tail {
      held = List.copyOf(held);
    }
  }

  /** A block of an irq report's dependency path ({@code print_lock_class_header} and its trace). */
  record PathBlock(int depth, ClassView lockClass, List<UsageTrace> usageTraces, String keySymbol, Optional<SavedTrace> acquiredAt) {
    public PathBlock {
      usageTraces = List.copyOf(usageTraces);
    }
  }

  /** One usage bit of a class with the trace where it was set. */
  record UsageTrace(UsageBit bit, SavedTrace trace) {}

  /** The three classes of an irq scenario: the irq-safe lock, the irq-unsafe one, the middle one. */
  record IrqScenario(String safe, String unsafe, String middle) {

    boolean printsChain() {
      return !middle.equals(unsafe);
    }
  }

  /** One entry {@code -> #i} of a circular report's chain: a class and the trace of the dependency into it. */
  record ChainLink(int number, ClassView lockClass, SavedTrace trace) {}

  /** {@code print_usage_bug}: a class used both in an irq context and with that irq enabled. */
  record InconsistentLockState(
      TaskRef task,
      ContextTuple context,
      LockView lock,
      UsageBit previous,
      UsageBit next,
      Optional<SavedTrace> previousTrace,
      IrqTrace irqTrace,
      Tail tail)
      implements WithTail {

    @Override
    public String kindId() {
      return "inconsistent-lock-state";
    }

    @Override
    public String identity() {
      return kindId() + ":" + lock.lockClass().name() + ":" + previous + ":" + next;
    }

    @Override
    public String summary() {
      return "inconsistent {%s} -> {%s} usage of %s".formatted(previous.printedName(), next.printedName(), lock.lockClass().name());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.inconsistent(this);
    }
  }

  /** {@code print_circular_bug}: taking {@code next} while holding {@code prev} closes a cycle. */
  record CircularDependency(
      TaskRef task,
      LockView next,
      LockView prev,
      List<ChainLink> chain,
      boolean prevRead,
      boolean nextRead,
      boolean nextSync,
      String middle,
      Tail tail)
      implements WithTail {

    public CircularDependency {
      chain = List.copyOf(chain);
    }

    @Override
    public String kindId() {
      return "circular-dependency";
    }

    @Override
    public String identity() {
      List<String> names = new java.util.ArrayList<>(chain.stream().map(l -> l.lockClass().name()).toList());
      int smallest = names.indexOf(names.stream().min(String::compareTo).orElseThrow());
      java.util.Collections.rotate(names, -smallest);
      return kindId() + ":" + String.join(" -> ", names);
    }

    @Override
    public String summary() {
      return "circular dependency: %s is taken while holding %s, and %s already depends on it"
          .formatted(next.lockClass().name(), prev.lockClass().name(), prev.lockClass().name());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.circular(this);
    }
  }

  /** {@code print_deadlock_bug}: a lock of a class the task already holds, not allowed by the recursion rules. */
  record RecursiveLocking(TaskRef task, LockView next, LockView prev, Tail tail) implements WithTail {

    @Override
    public String kindId() {
      return "recursive-locking";
    }

    @Override
    public String identity() {
      return kindId() + ":" + next.lockClass().name();
    }

    @Override
    public String summary() {
      return "recursive locking of " + next.lockClass().name();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.recursive(this);
    }
  }

  /** {@code print_irq_inversion_bug}: a new usage bit makes a class irq-safe above an irq-unsafe one, or the reverse. */
  record IrqInversion(
      TaskRef task,
      LockView lock,
      boolean forwards,
      String irqClass,
      ClassView other,
      IrqScenario scenario,
      List<PathBlock> path,
      Tail tail)
      implements WithTail {

    public IrqInversion {
      path = List.copyOf(path);
    }

    @Override
    public String kindId() {
      return "irq-inversion";
    }

    @Override
    public String identity() {
      return kindId() + ":" + irqClass + ":" + scenario.safe() + ":" + scenario.unsafe();
    }

    @Override
    public String summary() {
      return "irq lock inversion: %s-safe %s and %s-unsafe %s".formatted(irqClass, scenario.safe(), irqClass, scenario.unsafe());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.inversion(this);
    }
  }

  /** {@code print_bad_irq_dependency}: a new dependency connects an irq-safe class to an irq-unsafe one. */
  record IrqSafeToUnsafe(
      TaskRef task,
      ContextTuple context,
      String irqClass,
      LockView next,
      LockView prev,
      ClassView safe,
      Optional<SavedTrace> safeTrace,
      ClassView unsafe,
      Optional<SavedTrace> unsafeTrace,
      IrqScenario scenario,
      List<PathBlock> backwardPath,
      List<PathBlock> forwardPath,
      Tail tail)
      implements WithTail {

    public IrqSafeToUnsafe {
      backwardPath = List.copyOf(backwardPath);
      forwardPath = List.copyOf(forwardPath);
    }

    @Override
    public String kindId() {
      return "irq-safe-unsafe-order";
    }

    @Override
    public String identity() {
      return kindId() + ":" + irqClass + ":" + safe.name() + ":" + unsafe.name();
    }

    @Override
    public String summary() {
      return "%s-safe -> %s-unsafe order: %s -> %s".formatted(irqClass, irqClass, safe.name(), unsafe.name());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.safeToUnsafe(this);
    }
  }

  /** {@code print_lock_invalid_wait_context}: a lock taken where its wait type is not allowed. */
  record InvalidWaitContext(TaskRef task, LockView lock, int contextWait, Tail tail) implements WithTail {

    @Override
    public String kindId() {
      return "invalid-wait-context";
    }

    @Override
    public String identity() {
      return kindId() + ":" + lock.lockClass().name() + ":" + contextWait
          + ":" + tail.held().stream().map(h -> h.lockClass().name()).toList();
    }

    @Override
    public String summary() {
      return "invalid wait context: %s {%d:%d} in context {%d}"
          .formatted(lock.lockClass().name(), lock.lockClass().outerWait(), lock.lockClass().innerWait(), contextWait);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.waitContext(this);
    }
  }

  /** {@code print_unlock_imbalance_bug}: releasing a lock the task does not hold (in this context). */
  record UnlockImbalance(TaskRef task, String mapName, Site site, Tail tail) implements WithTail {

    @Override
    public String kindId() {
      return "bad-unlock-balance";
    }

    @Override
    public String identity() {
      return kindId() + ":" + mapName + ":" + site.function();
    }

    @Override
    public String summary() {
      return "bad unlock balance: %s released in %s without being held".formatted(mapName, site.function());
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.unlockImbalance(this);
    }
  }

  /** {@code print_freed_lock_bug}: memory holding a held lock is freed. */
  record HeldLockFreed(TaskRef task, long from, long to, LockView lock, Tail tail) implements WithTail {

    @Override
    public String kindId() {
      return "held-lock-freed";
    }

    @Override
    public String identity() {
      return kindId() + ":" + lock.lockClass().name() + ":" + tail.backtrace().evidence().site().function();
    }

    @Override
    public String summary() {
      return "held lock freed: " + lock.lockClass().name();
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.freed(this);
    }
  }

  /** {@code print_held_locks_bug}: a task exits holding locks. */
  record LocksHeldAtExit(TaskRef task, Tail tail) implements WithTail {

    @Override
    public String kindId() {
      return "locks-held-at-exit";
    }

    @Override
    public String identity() {
      return kindId() + ":" + task + ":" + tail.held().stream().map(h -> h.lockClass().name()).toList();
    }

    @Override
    public String summary() {
      return task + " exits with " + tail.held().size() + " lock(s) held";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.exit(this);
    }
  }

  /** {@code lockdep_sys_exit}: returning to user space with locks held (no backtrace). */
  record LockHeldReturning(TaskRef task, List<LockView> held, int traceLine) implements Violation {

    public LockHeldReturning {
      held = List.copyOf(held);
    }

    @Override
    public String kindId() {
      return "lock-held-returning";
    }

    @Override
    public String identity() {
      return kindId() + ":" + held.stream().map(h -> h.lockClass().name()).toList();
    }

    @Override
    public String summary() {
      return task + " returns to user space with " + held.size() + " lock(s) held";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.returning(this);
    }
  }

  /** {@code print_lock_nested_lock_not_held}: a nest_lock acquisition whose nest lock is not held. */
  record NestedLockNotTaken(TaskRef task, LockView lock, String nestLock, Tail tail) implements WithTail {

    @Override
    public String kindId() {
      return "nested-lock-not-taken";
    }

    @Override
    public String identity() {
      return kindId() + ":" + lock.lockClass().name() + ":" + nestLock;
    }

    @Override
    public String summary() {
      return "%s taken with nest lock %s, which is not held".formatted(lock.lockClass().name(), nestLock);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.nestLock(this);
    }
  }

  /** {@code lockdep_rcu_suspicious}: an RCU-protected access outside the protection it needs. */
  record SuspiciousRcu(TaskRef task, String location, String message, Tail tail) implements WithTail {

    @Override
    public String kindId() {
      return "suspicious-rcu";
    }

    @Override
    public String identity() {
      return kindId() + ":" + location + ":" + message;
    }

    @Override
    public String summary() {
      return "suspicious RCU usage at " + location + ": " + message;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.rcu(this);
    }
  }

  /** One of lockdep's own limits: an invalid subclass or more held locks than {@code MAX_LOCK_DEPTH}. */
  record ValidatorLimit(TaskRef task, List<String> messages, boolean printsHeldLocks, Tail tail) implements WithTail {

    public ValidatorLimit {
      messages = List.copyOf(messages);
    }

    @Override
    public String kindId() {
      return "lockdep-capacity";
    }

    @Override
    public String identity() {
      return kindId() + ":" + messages.get(0);
    }

    @Override
    public String summary() {
      return messages.get(0);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.limit(this);
    }
  }
}
