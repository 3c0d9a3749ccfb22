package dev.lockscope.verify;

import dev.lockscope.report.ClassBlock;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.UsageBit;
import dev.lockscope.semantics.UsageTraceRules;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The registry of irq lock inversion checks (spec sections 4.4 and 8.1). */
final class IrqInversionChecks {

  static final List<Check<IrqInversionEvidence>> ALL =
      List.of(
          new UsageBitsCheck(),
          new IrqClassCheck(),
          new DistinctCheck(),
          new PathCheck(),
          SharedChecks.<IrqInversionEvidence>irqChain(
              e -> IrqRoles.of(e.report()).filter(r -> !e.report().path().isEmpty()),
              e -> e.report().scenario(),
              e -> e.report().chainExistsOf()),
          SharedChecks.<IrqInversionEvidence>irqScenario(
              e -> IrqRoles.of(e.report()).filter(r -> !e.report().path().isEmpty()), e -> e.report().scenario()),
          new BacktraceCheck(),
          new HeldListCheck(),
          SharedChecks.<IrqInversionEvidence>taskIdentity(
              e -> e.report().task(), e -> e.report().backtrace(), e -> e.report().heldLocks()),
          new ClassUsageConsistencyCheck<>(),
          new UsageExclusiveCheck<>(),
          new UsageTracesCheck<>());

  private IrqInversionChecks() {}

  static List<CheckResult> run(IrqInversionEvidence evidence) {
    return ALL.stream().map(c -> CheckResult.guarded(c.id(), () -> c.check(evidence))).toList();
  }

  private static CheckResult noRoles(String id, String claim) {
    return CheckResult.unknown(id, claim, "the irq class or one of the two locks is missing");
  }

  /** The safe lock shows an IN bit and the unsafe one an ON bit of the irq state. */
  static final class UsageBitsCheck implements Check<IrqInversionEvidence> {
    @Override
    public String id() {
      return "usage-bits";
    }

    @Override
    public CheckResult check(IrqInversionEvidence e) {
      Optional<IrqRoles> roles = IrqRoles.of(e.report());
      if (roles.isEmpty()) {
        return noRoles(id(), "the two locks' usage");
      }
      IrqRoles r = roles.get();
      var state = r.irqClass().state();
      String claim = r.safe().name() + " is " + state.name() + "-safe and " + r.unsafe().name() + " " + state.name() + "-unsafe";
      boolean safe = CommonChecks.shows(r.safe(), UsageBit.of(state, true, false)) || CommonChecks.shows(r.safe(), UsageBit.of(state, true, true));
      boolean unsafe = CommonChecks.shows(r.unsafe(), UsageBit.of(state, false, false)) || CommonChecks.shows(r.unsafe(), UsageBit.of(state, false, true));
      String found = usage(r.safe()) + (safe ? " has" : " has no") + " IN-" + state.name() + " bit, "
          + usage(r.unsafe()) + (unsafe ? " has" : " has no") + " " + state.name() + "-ON bit";
      return CheckResult.of(id(), safe && unsafe, claim, found, e.report().changed().get().inputLine());
    }
  }

  static String usage(LockLine lock) {
    return lock.name() + lock.usage().map(u -> "{" + u.raw() + "}").orElse("");
  }

  /** {@code X} names a lock with the write bit, {@code X-READ} one with only the read bit. */
  static final class IrqClassCheck implements Check<IrqInversionEvidence> {
    @Override
    public String id() {
      return "irq-class";
    }

    @Override
    public CheckResult check(IrqInversionEvidence e) {
      Optional<IrqRoles> roles = IrqRoles.of(e.report());
      if (roles.isEmpty()) {
        return noRoles(id(), "the irq class");
      }
      IrqRoles r = roles.get();
      LockLine other = e.report().other().get();
      UsageBit write = UsageBit.of(r.irqClass().state(), !e.report().forward(), false);
      String claim = "the other lock is " + r.irqClass().printed() + (e.report().forward() ? "-unsafe" : "-safe");
      boolean holds = r.irqClass().read() ? !CommonChecks.surelyShows(other, write) : CommonChecks.shows(other, write);
      return CheckResult.of(id(), holds, claim,
          usage(other) + (CommonChecks.surelyShows(other, write) ? " shows " : " does not show ") + write.printedName(), other.inputLine());
    }
  }

  static final class DistinctCheck implements Check<IrqInversionEvidence> {
    @Override
    public String id() {
      return "distinct-locks";
    }

    @Override
    public CheckResult check(IrqInversionEvidence e) {
      IrqInversion r = e.report();
      if (r.changed().isEmpty() || r.other().isEmpty()) {
        return noRoles(id(), "two different locks");
      }
      boolean distinct = !r.changed().get().name().equals(r.other().get().name());
      boolean readers = !distinct && r.irqClass().map(c -> CommonChecks.mayBeItsOwnOpposite(r.other().get(), c)).orElse(false);
      return CheckResult.of(id(), distinct || readers, "two different classes",
          distinct ? "two classes" : readers ? "one class, a reader both in and out of irq context, which is legal"
              : "one class both irq-safe and irq-unsafe is an inconsistent lock state",
          r.other().get().inputLine());
    }
  }

  /** The printed path runs from the other lock to the changed one over distinct classes. */
  static final class PathCheck implements Check<IrqInversionEvidence> {
    @Override
    public String id() {
      return "dependency-path";
    }

    @Override
    public CheckResult check(IrqInversionEvidence e) {
      IrqInversion r = e.report();
      if (r.path().isEmpty() || r.changed().isEmpty() || r.other().isEmpty() || r.backtrace().isEmpty()) {
        return CheckResult.unknown(id(), "the dependency path", "the path, a lock, or the end of the path section is missing");
      }
      LockClassName other = r.other().get().name();
      LockClassName changed = r.changed().get().name();
      String claim = "a dependency path connects " + other + " and " + changed;
      List<ClassBlock> path = r.path();
      int line = path.get(0).lock().inputLine();
      if (!path.get(0).name().equals(other) || !path.get(path.size() - 1).name().equals(changed)) {
        return CheckResult.of(id(), false, claim,
            "the path runs from " + path.get(0).name() + " to " + path.get(path.size() - 1).name(), line);
      }
      Set<LockClassName> seen = new HashSet<>();
      for (ClassBlock block : path) {
        if (!seen.add(block.name())) {
          return CheckResult.of(id(), false, claim, block.name() + " appears twice on the path", block.lock().inputLine());
        }
      }
      return CheckResult.of(id(), true, claim,
          "the printed path runs from " + other + " to " + changed + " through " + path.size() + " distinct classes", line);
    }
  }

  /**
   * The backtrace is where the changed lock got its new state: taken in the irq context (it became
   * irq-safe) or with that irq enabled (it became irq-unsafe).
   */
  static final class BacktraceCheck implements Check<IrqInversionEvidence> {
    @Override
    public String id() {
      return "backtrace-context";
    }

    @Override
    public CheckResult check(IrqInversionEvidence e) {
      Optional<IrqRoles> roles = IrqRoles.of(e.report());
      if (roles.isEmpty() || e.backtraceUse().isEmpty()) {
        return noRoles(id(), "the backtrace's context");
      }
      UsageBit bit = UsageBit.of(roles.get().irqClass().state(), e.report().forward(), false);
      return CheckResult.from(id(), "the changed lock just became " + (e.report().forward() ? "irq-safe" : "irq-unsafe"),
          new UsageTraceRules().context(bit, e.backtraceUse().get()));
    }
  }

  static final class HeldListCheck implements Check<IrqInversionEvidence> {
    @Override
    public String id() {
      return "held-locks";
    }

    @Override
    public CheckResult check(IrqInversionEvidence e) {
      if (!CommonChecks.usable(e.report().heldLocks())) {
        return CheckResult.unknown(id(), "the held-locks list", "the held-locks list is missing or cut");
      }
      var held = e.report().heldLocks().get();
      return CommonChecks.heldListMalformed(id(), held)
          .orElse(CheckResult.of(id(), true, held.count() + " locks held", "the list is complete and numbered", held.inputLine()));
    }
  }

}
