package dev.lockscope.verify;

import static java.util.Map.entry;

import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.RecursiveLocking;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One descriptor per report kind, as a table: how verify derives each kind's evidence, which
 * checks it runs, which lock classes it names and what its signature key is. A test checks that
 * every {@link ReportKind} has its entry.
 */
final class KindRegistry {

  private static final Map<ReportKind, KindDescriptor> DESCRIPTORS = Map.ofEntries(
      entry(ReportKind.INCONSISTENT_LOCK_STATE, new DependencyKind<>(
          ReportKind.INCONSISTENT_LOCK_STATE, InconsistentLockState.class,
          (r, graph, d) -> new InconsistentLockStateEvidence(r, graph, d.analyze(r.oldTrace()), d.backtrace(r.backtrace())),
          InconsistentLockStateChecks::run, r -> names(r.lock()), Signatures::usagePair,
          "inconsistent lock state in ", SyzbotTitles::inconsistentLockState)),
      entry(ReportKind.CIRCULAR_DEPENDENCY, new DependencyKind<>(
          ReportKind.CIRCULAR_DEPENDENCY, CircularDependency.class,
          (r, graph, d) -> new CircularEvidence(r, graph, r.chain().stream().map(e -> d.analyze(e.trace())).toList(), d.backtrace(r.backtrace())),
          CircularChecks::run, r -> CircularChecks.cycle(r).stream().map(LockClassName::printed).toList(), Signatures::cycle,
          SyzbotTitles.DEADLOCK, SyzbotTitles::circularDependency)),
      entry(ReportKind.RECURSIVE_LOCKING, new DependencyKind<>(
          ReportKind.RECURSIVE_LOCKING, RecursiveLocking.class,
          (r, graph, d) -> new RecursiveEvidence(r, graph, d.backtrace(r.backtrace())),
          RecursiveChecks::run, r -> names(r.next()), r -> r.next().map(l -> l.name().canonical()),
          SyzbotTitles.DEADLOCK, (r, titles) -> SyzbotTitles.site(r.next()))),
      entry(ReportKind.IRQ_INVERSION, new DependencyKind<>(
          ReportKind.IRQ_INVERSION, IrqInversion.class,
          (r, graph, d) -> new IrqInversionEvidence(r, graph, d.backtrace(r.backtrace())),
          IrqInversionChecks::run, r -> names(r.changed(), r.other()), r -> IrqRoles.of(r).map(Signatures::irq),
          SyzbotTitles.DEADLOCK, (r, titles) -> SyzbotTitles.site(r.changed()))),
      entry(ReportKind.IRQ_SAFE_UNSAFE_ORDER, new DependencyKind<>(
          ReportKind.IRQ_SAFE_UNSAFE_ORDER, IrqSafeUnsafeOrder.class,
          (r, graph, d) -> new IrqOrderEvidence(r, graph, d.analyze(r.safeTrace()), d.analyze(r.unsafeTrace()), d.backtrace(r.backtrace())),
          IrqOrderChecks::run, r -> names(r.safe(), r.unsafe()), r -> IrqRoles.of(r).map(Signatures::irq),
          SyzbotTitles.DEADLOCK, (r, titles) -> titles.firstKept(r, SyzbotTitles.frames(r.safeTrace())))),
      entry(ReportKind.INVALID_WAIT_CONTEXT,
          new FindingKind<>(InvalidWaitContextChecks.REGISTRY, FindingSignatures::waitContextLocks, FindingSignatures::waitContext)),
      entry(ReportKind.BAD_UNLOCK_BALANCE,
          new FindingKind<>(UnheldLockChecks.BAD_UNLOCK_BALANCE, FindingSignatures::unheldLocks, FindingSignatures::unheld)),
      entry(ReportKind.BAD_CONTENTION,
          new FindingKind<>(UnheldLockChecks.BAD_CONTENTION, FindingSignatures::unheldLocks, FindingSignatures::unheld)),
      entry(ReportKind.HELD_LOCK_FREED,
          new FindingKind<>(HeldLockFreedChecks.REGISTRY, FindingSignatures::freedLocks, FindingSignatures::freed)),
      entry(ReportKind.LOCKS_HELD_AT_EXIT,
          new FindingKind<>(LeakedLockChecks.LOCKS_HELD_AT_EXIT, FindingSignatures::heldLocks, FindingSignatures::heldClasses)),
      entry(ReportKind.LOCK_HELD_RETURNING,
          new FindingKind<>(LeakedLockChecks.LOCK_HELD_RETURNING, FindingSignatures::heldLocks, FindingSignatures::heldClasses)),
      entry(ReportKind.NESTED_LOCK_NOT_TAKEN,
          new FindingKind<>(NestedLockNotTakenChecks.REGISTRY, FindingSignatures::nestedLocks, FindingSignatures::nested)),
      entry(ReportKind.SUSPICIOUS_RCU,
          new FindingKind<>(SuspiciousRcuChecks.REGISTRY, FindingSignatures::none, FindingSignatures::rcu)),
      entry(ReportKind.LOCKDEP_CAPACITY,
          new FindingKind<>(ValidatorChecks.LOCKDEP_CAPACITY, FindingSignatures::heldLocks, FindingSignatures::capacity)),
      entry(ReportKind.NON_STATIC_KEY,
          new FindingKind<>(ValidatorChecks.NON_STATIC_KEY, FindingSignatures::none, FindingSignatures::nonStaticKey)),
      entry(ReportKind.LOCKDEP_INTERNAL,
          new FindingKind<>(ValidatorChecks.LOCKDEP_INTERNAL, FindingSignatures::none, FindingSignatures::internal)),
      entry(ReportKind.HELD_LOCKS_DUMP,
          new FindingKind<>(ValidatorChecks.HELD_LOCKS_DUMP, FindingSignatures::none, FindingSignatures::dump)));

  private KindRegistry() {}

  /** The descriptor of a kind; every kind has one. */
  static KindDescriptor of(ReportKind kind) {
    KindDescriptor descriptor = DESCRIPTORS.get(kind);
    if (descriptor == null) {
      throw new IllegalStateException("no descriptor for " + kind.id());
    }
    return descriptor;
  }

  /** Every descriptor, one per kind. */
  static java.util.Collection<KindDescriptor> all() {
    return DESCRIPTORS.values();
  }

  @SafeVarargs
  private static List<String> names(Optional<LockLine>... locks) {
    return Arrays.stream(locks).flatMap(Optional::stream).map(l -> l.name().printed()).distinct().toList();
  }
}
