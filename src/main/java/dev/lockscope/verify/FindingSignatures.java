package dev.lockscope.verify;

import dev.lockscope.report.HeldLock;
import dev.lockscope.report.HeldLockFreed;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.HeldLocksDump;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.LockdepCapacity;
import dev.lockscope.report.LockdepInternal;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.NestLock;
import dev.lockscope.report.NestedLockNotTaken;
import dev.lockscope.report.NonStaticKey;
import dev.lockscope.report.SuspiciousRcu;
import dev.lockscope.report.TaskSections;
import dev.lockscope.report.UnheldLockOperation;
import dev.lockscope.report.WaitTypes;
import dev.lockscope.report.WarningLine;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The parts of a single-event report's signature key: what the bug is, not where it was hit. The
 * lock classes are canonical ({@link LockClassName#canonical()}); a wait-context bug adds the
 * acquired lock's wait types and what set the limit, an RCU report its check's {@code file:line}
 * and message, a non-static key the function whose lock had no key (the report names no lock).
 */
final class FindingSignatures {

  private FindingSignatures() {}

  /** An invalid wait context: the acquired class, its wait types, and what set the limit. */
  static List<String> waitContext(InvalidWaitContext wait, FindingEvidence evidence) {
    List<String> parts = new ArrayList<>();
    wait.lock().ifPresent(l -> parts.add(l.name().canonical()));
    wait.lock().flatMap(LockLine::waitTypes).map(FindingSignatures::printed).ifPresent(parts::add);
    evidence.waitContext().map(a -> a.limit().heldLock().map(h -> h.lock().name().canonical()).orElse("task context"))
        .ifPresent(parts::add);
    return parts;
  }

  private static String printed(WaitTypes types) {
    return "{%d:%d}".formatted(types.outer(), types.inner());
  }

  /** A lock released or contended while not held: its lock map's name. */
  static List<String> unheld(UnheldLockOperation unheld, FindingEvidence evidence) {
    return unheld.lock().map(l -> List.of(new LockClassName(l.name().base()).canonical())).orElse(List.of());
  }

  /** A held lock freed: its class. */
  static List<String> freed(HeldLockFreed freed, FindingEvidence evidence) {
    return classes(freed.lock().stream());
  }

  /** A nested lock not taken: the class and its nest lock. */
  static List<String> nested(NestedLockNotTaken nested, FindingEvidence evidence) {
    List<String> parts = new ArrayList<>(classes(nested.lock().stream()));
    nested.nestLock().map(NestLock::name).ifPresent(parts::add);
    return parts;
  }

  /** Suspicious RCU usage: the check's {@code file:line} and message. */
  static List<String> rcu(SuspiciousRcu rcu, FindingEvidence evidence) {
    return rcu.site().map(s -> List.of(s.location(), s.message())).orElse(List.of());
  }

  /** A validator limit: which one. */
  static List<String> capacity(LockdepCapacity capacity, FindingEvidence evidence) {
    return List.of(capacity.limit());
  }

  /** A non-static key: the function whose lock had none (the report names no lock). */
  static List<String> nonStaticKey(NonStaticKey report, FindingEvidence evidence) {
    return evidence.backtrace().flatMap(TraceAnalysis::acquirer).map(f -> f.baseFunction())
        .or(evidence::titleFunction).stream().toList();
  }

  /**
   * Lockdep's internal warning: its message and the function the WARN names; a bare WARN (no
   * message) by its site, without the CPU and pid that differ between runs.
   */
  static List<String> internal(LockdepInternal internal, FindingEvidence evidence) {
    String header = internal.extent().header();
    List<String> parts = new ArrayList<>();
    parts.add(internal.warning().filter(w -> header.startsWith("WARNING: CPU:")).map(w -> w.file() + ":" + w.line()).orElse(header));
    internal.warning().map(WarningLine::function).ifPresent(parts::add);
    return parts;
  }

  /** A dump of every task's held locks: their classes. */
  static List<String> dump(HeldLocksDump dump, FindingEvidence evidence) {
    return classes(dump.tasks().stream().flatMap(h -> h.locks().stream()).map(HeldLock::lock));
  }

  /** A report about the locks a task holds: their classes. */
  static List<String> heldClasses(TaskSections task, FindingEvidence evidence) {
    return classes(task.heldLocks().stream().flatMap(h -> h.locks().stream()).map(HeldLock::lock));
  }

  /** The sorted distinct canonical classes of some locks. */
  private static List<String> classes(Stream<LockLine> locks) {
    return locks.map(l -> l.name().canonical()).distinct().sorted().toList();
  }

  /** For the {@code locks} output field: the acquired class of a wait-context bug and the held lock that set the limit. */
  static List<String> waitContextLocks(InvalidWaitContext wait, FindingEvidence evidence) {
    List<String> locks = new ArrayList<>(printed(wait.lock()));
    evidence.waitContext().flatMap(a -> a.limit().heldLock()).ifPresent(h -> locks.add(h.lock().name().printed()));
    return locks;
  }

  /** For the {@code locks} output field: the lock released or contended while not held. */
  static List<String> unheldLocks(UnheldLockOperation unheld, FindingEvidence evidence) {
    return unheld.lock().map(l -> List.of(l.name().printed())).orElse(List.of());
  }

  /** For the {@code locks} output field: the held lock freed. */
  static List<String> freedLocks(HeldLockFreed freed, FindingEvidence evidence) {
    return printed(freed.lock());
  }

  /** For the {@code locks} output field: a nested lock not taken and its nest lock. */
  static List<String> nestedLocks(NestedLockNotTaken nested, FindingEvidence evidence) {
    List<String> locks = new ArrayList<>(printed(nested.lock()));
    nested.nestLock().ifPresent(n -> locks.add(n.name()));
    return locks;
  }

  /** For the {@code locks} output field: the locks a task holds, as printed. */
  static List<String> heldLocks(TaskSections task, FindingEvidence evidence) {
    return task.heldLocks().map(HeldLocks::locks).orElse(List.of()).stream().map(h -> h.lock().name().printed()).toList();
  }

  /** For the {@code locks} output field: nothing (the report names no lock class of its own). */
  static List<String> none(LockdepReport report, FindingEvidence evidence) {
    return List.of();
  }

  private static List<String> printed(Optional<LockLine> lock) {
    return lock.map(l -> List.of(l.name().printed())).orElse(List.of());
  }
}
