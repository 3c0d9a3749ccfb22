package dev.lockscope.verify;

import dev.lockscope.report.ClassBlock;
import dev.lockscope.report.IrqClass;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.UsageBit;
import java.util.List;
import java.util.Optional;

/**
 * The roles of the locks in an irq report: the irq-safe lock, the irq-unsafe one, and the middle
 * lock the scenario and the {@code Chain exists of:} line show between them (spec sections 4.4
 * and 4.5).
 */
public record IrqRoles(IrqClass irqClass, LockLine safe, LockLine unsafe, LockClassName middle, boolean chained) {

  /** The safe lock's bit the class names: IN-X-W, or IN-X-R for an X-READ class. */
  public UsageBit safeBit() {
    return irqClass.safeBit();
  }

  /** The unsafe lock's bit: X-ON-W when its usage shows it, else X-ON-R. */
  public UsageBit unsafeBit() {
    UsageBit write = UsageBit.of(irqClass.state(), false, false);
    return CommonChecks.surelyShows(unsafe, write) || !CommonChecks.shows(unsafe, UsageBit.of(irqClass.state(), false, true))
        ? write
        : UsageBit.of(irqClass.state(), false, true);
  }

  /** The {@code Chain exists of:} names lockdep prints for these roles, if it prints the line. */
  public Optional<List<LockClassName>> chain() {
    return chained ? Optional.of(List.of(safe.name(), middle, unsafe.name())) : Optional.empty();
  }

  /** The scenario's lock lines: CPU0 takes unsafe, CPU1 safe then middle, CPU0's interrupt safe. */
  List<LockClassName> scenarioLocks() {
    return List.of(unsafe.name(), safe.name(), middle, safe.name());
  }

  static final List<Integer> SCENARIO_CPUS = List.of(0, 1, 1, 0);

  /** The roles of a safe-to-unsafe order report, when it names its class and its four locks. */
  public static Optional<IrqRoles> of(IrqSafeUnsafeOrder r) {
    if (r.irqClass().isEmpty() || r.safe().isEmpty() || r.unsafe().isEmpty() || r.prev().isEmpty() || r.next().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ofOrder(r.irqClass().get(), r.safe().get(), r.unsafe().get(), r.prev().get(), r.next().get()));
  }

  /** The roles of an inversion report, when it names its class and its two locks. */
  public static Optional<IrqRoles> of(IrqInversion r) {
    if (r.irqClass().isEmpty() || r.changed().isEmpty() || r.other().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(ofInversion(r.irqClass().get(), r.forward(), r.changed().get(), r.other().get(), r.path()));
  }

  /** Roles of a safe-to-unsafe order report: the middle is the held lock, or the acquired one. */
  private static IrqRoles ofOrder(IrqClass irqClass, LockLine safe, LockLine unsafe, LockLine prev, LockLine next) {
    LockClassName middle = prev.name().equals(safe.name()) ? next.name() : prev.name();
    return new IrqRoles(irqClass, safe, unsafe, middle, !middle.equals(unsafe.name()));
  }

  /** Roles of an inversion report: the middle is the path's block next to the changed lock. */
  private static IrqRoles ofInversion(IrqClass irqClass, boolean forward, LockLine changed, LockLine other, List<ClassBlock> path) {
    LockLine safe = forward ? changed : other;
    LockLine unsafe = forward ? other : changed;
    boolean chained = path.size() >= 3;
    LockClassName middle = chained ? path.get(path.size() - 2).name() : unsafe.name();
    return new IrqRoles(irqClass, safe, unsafe, middle, chained);
  }
}
