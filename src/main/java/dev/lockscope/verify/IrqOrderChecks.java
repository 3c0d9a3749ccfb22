package dev.lockscope.verify;

import dev.lockscope.report.ClassBlock;
import dev.lockscope.report.ContextTuple;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.UsageBit;
import dev.lockscope.semantics.ExecutionContext;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.UsageTraceRules;
import java.util.List;
import java.util.Optional;

/** The registry of irq-safe to irq-unsafe order checks (spec sections 4.5 and 8.2). */
final class IrqOrderChecks {

  static final List<Check<IrqOrderEvidence>> ALL =
      List.of(
          new DependencyLineCheck(),
          new SafeUsageCheck(),
          new UnsafeUsageCheck(),
          new DistinctCheck(),
          new PathCheck(),
          SharedChecks.<IrqOrderEvidence>irqChain(
              e -> IrqRoles.of(e.report()), e -> e.report().scenario(), e -> e.report().chainExistsOf()),
          SharedChecks.<IrqOrderEvidence>irqScenario(e -> IrqRoles.of(e.report()), e -> e.report().scenario()),
          new SafeTraceCheck(),
          new UnsafeTraceCheck(),
          new ContextCheck(),
          SharedChecks.<IrqOrderEvidence>heldLockListed(e -> e.report().heldLocks(), e -> e.report().prev()),
          SharedChecks.<IrqOrderEvidence>taskIdentity(
              e -> e.report().task(), e -> e.report().backtrace(), e -> e.report().heldLocks()),
          new ClassUsageConsistencyCheck<>(),
          new UsageExclusiveCheck<>(),
          new UsageTracesCheck<>(),
          new PrintedNamesChecks.IrqClassMentionsCheck());

  private IrqOrderChecks() {}

  static List<CheckResult> run(IrqOrderEvidence evidence) {
    return ALL.stream().map(c -> CheckResult.guarded(c.id(), () -> c.check(evidence))).toList();
  }

  private static CheckResult noRoles(String id, String claim) {
    return CheckResult.unknown(id, claim, "the irq class or one of the four locks is missing");
  }

  /** "which would create a new lock dependency" names the held lock, then the acquired one. */
  static final class DependencyLineCheck implements Check<IrqOrderEvidence> {
    @Override
    public String id() {
      return "dependency-line";
    }

    @Override
    public CheckResult check(IrqOrderEvidence e) {
      IrqSafeUnsafeOrder r = e.report();
      List<LockLine> dependency = r.newDependency();
      if (dependency.size() != 2 || r.prev().isEmpty() || r.next().isEmpty()) {
        return CheckResult.unknown(id(), "the new dependency", "the dependency line or a lock line is missing");
      }
      String claim = "the new dependency is " + dependency.get(0).name() + " -> " + dependency.get(1).name();
      boolean holds = dependency.get(0).name().equals(r.prev().get().name()) && dependency.get(1).name().equals(r.next().get().name());
      return CheckResult.of(id(), holds, claim,
          "held " + r.prev().get().name() + ", acquiring " + r.next().get().name(), dependency.get(0).inputLine());
    }
  }

  /** The safe lock has the IN bit the class names (only the read one for an X-READ class). */
  static final class SafeUsageCheck implements Check<IrqOrderEvidence> {
    @Override
    public String id() {
      return "safe-usage";
    }

    @Override
    public CheckResult check(IrqOrderEvidence e) {
      Optional<IrqRoles> roles = IrqRoles.of(e.report());
      if (roles.isEmpty()) {
        return noRoles(id(), "the safe lock's usage");
      }
      LockLine safe = roles.get().safe();
      UsageBit bit = roles.get().safeBit();
      String claim = safe.name() + " is " + roles.get().irqClass().printed() + "-irq-safe";
      boolean shows = CommonChecks.shows(safe, bit);
      boolean noWrite = !bit.read() || !CommonChecks.surelyShows(safe, bit.writeVariant());
      String usage = safe.usage().map(u -> "{" + u.raw() + "}").orElse("no usage string");
      return CheckResult.of(id(), shows && noWrite, claim,
          usage + (shows ? (noWrite ? " shows " + bit.printedName() : " shows the write bit, which lockdep would have named") : " does not show " + bit.printedName()),
          safe.inputLine());
    }
  }

  /** The unsafe lock has an ON bit of the class's irq state. */
  static final class UnsafeUsageCheck implements Check<IrqOrderEvidence> {
    @Override
    public String id() {
      return "unsafe-usage";
    }

    @Override
    public CheckResult check(IrqOrderEvidence e) {
      Optional<IrqRoles> roles = IrqRoles.of(e.report());
      if (roles.isEmpty()) {
        return noRoles(id(), "the unsafe lock's usage");
      }
      LockLine unsafe = roles.get().unsafe();
      UsageBit bit = roles.get().unsafeBit();
      boolean shows = CommonChecks.shows(unsafe, bit);
      String usage = unsafe.usage().map(u -> "{" + u.raw() + "}").orElse("no usage string");
      return CheckResult.of(id(), shows, unsafe.name() + " is " + roles.get().irqClass().printed() + "-irq-unsafe",
          usage + (shows ? " shows " : " shows no ") + bit.printedName(), unsafe.inputLine());
    }
  }

  /**
   * Safe and unsafe are different classes (one class with both would be an inconsistent state),
   * unless the class is a reader on both sides ({@link CommonChecks#mayBeItsOwnOpposite}).
   */
  static final class DistinctCheck implements Check<IrqOrderEvidence> {
    @Override
    public String id() {
      return "safe-unsafe-distinct";
    }

    @Override
    public CheckResult check(IrqOrderEvidence e) {
      Optional<IrqRoles> roles = IrqRoles.of(e.report());
      if (roles.isEmpty()) {
        return noRoles(id(), "two different locks");
      }
      boolean distinct = !roles.get().safe().name().equals(roles.get().unsafe().name());
      boolean readers = !distinct && CommonChecks.mayBeItsOwnOpposite(roles.get().unsafe(), roles.get().irqClass());
      return CheckResult.of(id(), distinct || readers, "the safe and the unsafe lock are two classes",
          distinct ? "two classes" : readers ? "one class, a reader both in and out of irq context, which is legal"
              : "one class both irq-safe and irq-unsafe is an inconsistent lock state",
          roles.get().unsafe().inputLine());
    }
  }

  /**
   * The backward path runs from the safe lock to the held one, the forward path from the unsafe
   * lock back to the acquired one (that they connect the two through the new dependency is what
   * {@code engine-replay} shows).
   */
  static final class PathCheck implements Check<IrqOrderEvidence> {
    @Override
    public String id() {
      return "dependency-path";
    }

    @Override
    public CheckResult check(IrqOrderEvidence e) {
      IrqSafeUnsafeOrder r = e.report();
      Optional<IrqRoles> roles = IrqRoles.of(r);
      if (roles.isEmpty() || r.backwardPath().isEmpty() || r.forwardPath().isEmpty() || r.backtrace().isEmpty()) {
        return CheckResult.unknown(id(), "the dependency paths", "a path section or a lock is missing");
      }
      String claim = "a dependency path leads from " + roles.get().safe().name() + " to " + roles.get().unsafe().name();
      Optional<String> broken =
          ends(r.backwardPath(), roles.get().safe().name(), r.prev().get().name(), "the backward path")
              .or(() -> ends(r.forwardPath(), roles.get().unsafe().name(), r.next().get().name(), "the forward path"));
      if (broken.isPresent()) {
        return CheckResult.of(id(), false, claim, broken.get(), r.backwardPath().get(0).lock().inputLine());
      }
      return CheckResult.of(id(), true, claim,
          "the backward path ends at the lock held and the forward path at the lock taken",
          r.backwardPath().get(0).lock().inputLine());
    }

    private static Optional<String> ends(List<ClassBlock> path, LockClassName first, LockClassName last, String what) {
      if (!path.get(0).name().equals(first)) {
        return Optional.of(what + " starts at " + path.get(0).name() + ", not " + first);
      }
      ClassBlock end = path.get(path.size() - 1);
      return end.name().equals(last) ? Optional.empty() : Optional.of(what + " ends at " + end.name() + ", not " + last);
    }
  }

  /** The trace where the safe lock became irq-safe runs in that irq context. */
  static final class SafeTraceCheck implements Check<IrqOrderEvidence> {
    @Override
    public String id() {
      return "safe-trace";
    }

    @Override
    public CheckResult check(IrqOrderEvidence e) {
      Optional<IrqRoles> roles = IrqRoles.of(e.report());
      if (roles.isEmpty() || e.safeUse().isEmpty()) {
        return noRoles(id(), "the irq-safe trace");
      }
      UsageBit bit = roles.get().safeBit();
      return CheckResult.from(id(), "the lock became irq-safe in this trace ({" + bit.printedName() + "})",
          new UsageTraceRules().context(bit, e.safeUse().get()));
    }
  }

  /** The trace where the unsafe lock became irq-unsafe runs with that irq enabled. */
  static final class UnsafeTraceCheck implements Check<IrqOrderEvidence> {
    @Override
    public String id() {
      return "unsafe-trace";
    }

    @Override
    public CheckResult check(IrqOrderEvidence e) {
      Optional<IrqRoles> roles = IrqRoles.of(e.report());
      if (roles.isEmpty() || e.unsafeUse().isEmpty()) {
        return noRoles(id(), "the irq-unsafe trace");
      }
      UsageBit bit = roles.get().unsafeBit();
      String claim = "the lock became irq-unsafe in this trace ({" + bit.printedName() + "})";
      UsageTraceRules rules = new UsageTraceRules();
      CheckResult context = CheckResult.from(id(), claim, rules.context(bit, e.unsafeUse().get()));
      return context.status() == Status.FAIL ? context : CheckResult.from(id(), claim, rules.primitive(bit, e.unsafeUse().get()));
    }
  }

  /** The context tuple agrees with where the backtrace takes the lock. */
  static final class ContextCheck implements Check<IrqOrderEvidence> {
    @Override
    public String id() {
      return "context-tuple";
    }

    @Override
    public CheckResult check(IrqOrderEvidence e) {
      Optional<ContextTuple> tuple = e.report().context();
      Optional<TraceAnalysis> use = e.backtraceUse();
      if (tuple.isEmpty() || use.isEmpty() || use.get().context() == ExecutionContext.UNKNOWN) {
        return CheckResult.unknown(id(), "the task's context", "no context tuple or no context in the backtrace");
      }
      ExecutionContext printed =
          tuple.get().inHardirq() ? ExecutionContext.HARDIRQ : tuple.get().inSoftirq() ? ExecutionContext.SOFTIRQ : ExecutionContext.PROCESS;
      boolean holds = printed == use.get().context();
      return CheckResult.of(id(), holds, tuple.get().printed() + " means " + printed.description(),
          "the backtrace takes the lock in " + use.get().context().description(), tuple.get().inputLine());
    }
  }

}
