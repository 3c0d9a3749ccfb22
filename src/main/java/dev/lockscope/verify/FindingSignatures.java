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
import dev.lockscope.semantics.WaitContextAnalysis;
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

  static List<String> parts(FindingEvidence evidence) {
    LockdepReport report = evidence.report();
    List<String> parts = new ArrayList<>();
    parts.add(report.extent().kind().id());
    parts.addAll(details(report, evidence));
    return parts;
  }

  private static List<String> details(LockdepReport report, FindingEvidence evidence) {
    if (report instanceof InvalidWaitContext wait) {
      return waitContext(wait, evidence.waitContext());
    }
    if (report instanceof UnheldLockOperation unheld) {
      return unheld.lock().map(l -> List.of(mapName(l.name()))).orElse(List.of());
    }
    if (report instanceof HeldLockFreed freed) {
      return classes(freed.lock().stream());
    }
    if (report instanceof NestedLockNotTaken nested) {
      List<String> parts = new ArrayList<>(classes(nested.lock().stream()));
      nested.nestLock().map(NestLock::name).ifPresent(parts::add);
      return parts;
    }
    if (report instanceof SuspiciousRcu rcu) {
      return rcu.site().map(s -> List.of(s.location(), s.message())).orElse(List.of());
    }
    return validatorDetails(report, evidence);
  }

  private static List<String> validatorDetails(LockdepReport report, FindingEvidence evidence) {
    if (report instanceof LockdepCapacity capacity) {
      return List.of(capacity.limit());
    }
    if (report instanceof NonStaticKey) {
      return evidence.backtrace().flatMap(TraceAnalysis::acquirer).map(f -> f.baseFunction())
          .or(evidence::titleFunction).stream().toList();
    }
    if (report instanceof LockdepInternal internal) {
      List<String> parts = new ArrayList<>(List.of(report.extent().header()));
      internal.warning().map(WarningLine::function).ifPresent(parts::add);
      return parts;
    }
    if (report instanceof HeldLocksDump dump) {
      return classes(dump.tasks().stream().flatMap(h -> h.locks().stream()).map(HeldLock::lock));
    }
    if (report instanceof TaskSections task) {
      return classes(task.heldLocks().stream().flatMap(h -> h.locks().stream()).map(HeldLock::lock));
    }
    return List.of();
  }

  private static List<String> waitContext(InvalidWaitContext wait, Optional<WaitContextAnalysis> analysis) {
    List<String> parts = new ArrayList<>();
    wait.lock().ifPresent(l -> parts.add(l.name().canonical()));
    wait.lock().flatMap(LockLine::waitTypes).map(FindingSignatures::printed).ifPresent(parts::add);
    analysis.map(a -> a.limit().heldLock().map(h -> h.lock().name().canonical()).orElse("task context"))
        .ifPresent(parts::add);
    return parts;
  }

  private static String printed(WaitTypes types) {
    return "{%d:%d}".formatted(types.outer(), types.inner());
  }

  /** The sorted distinct canonical classes of some locks. */
  private static List<String> classes(Stream<LockLine> locks) {
    return locks.map(l -> l.name().canonical()).distinct().sorted().toList();
  }

  private static String mapName(LockClassName name) {
    return new LockClassName(name.base()).canonical();
  }

  /** The classes a report is about, as printed, for the {@code locks} output field. */
  static List<String> locks(FindingEvidence evidence) {
    LockdepReport report = evidence.report();
    List<String> locks = new ArrayList<>();
    if (report instanceof InvalidWaitContext wait) {
      wait.lock().ifPresent(l -> locks.add(l.name().printed()));
      evidence.waitContext().flatMap(a -> a.limit().heldLock()).ifPresent(h -> locks.add(h.lock().name().printed()));
    } else if (report instanceof UnheldLockOperation unheld) {
      unheld.lock().ifPresent(l -> locks.add(l.name().printed()));
    } else if (report instanceof HeldLockFreed freed) {
      freed.lock().ifPresent(l -> locks.add(l.name().printed()));
    } else if (report instanceof NestedLockNotTaken nested) {
      nested.lock().ifPresent(l -> locks.add(l.name().printed()));
      nested.nestLock().ifPresent(n -> locks.add(n.name()));
    } else if (report instanceof TaskSections task && !(report instanceof SuspiciousRcu)) {
      task.heldLocks().map(HeldLocks::locks).orElse(List.of()).forEach(h -> locks.add(h.lock().name().printed()));
    }
    return locks.stream().distinct().toList();
  }
}
