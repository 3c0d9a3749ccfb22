package dev.lockscope.report;

import java.util.List;
import java.util.Optional;

/**
 * An {@code X-safe -> X-unsafe lock order} report (spec section 4.5): adding the dependency
 * {@code prev -> next} would connect an irq-safe lock to an irq-unsafe one.
 *
 * @param newDependency the two classes of {@code which would create a new lock dependency:}
 * @param safeTrace the trace under {@code ... which became X-irq-safe at:}
 * @param unsafeTrace the trace under {@code ... which became X-irq-unsafe at:}
 * @param backwardPath the blocks between the safe lock and the held lock, safe first
 * @param forwardPath the blocks between the lock to be acquired and the unsafe lock, unsafe first
 * @param classMentions the irq class as each sentence after the header prints it ({@code connects a
 *     X-irq-safe lock}, {@code which became X-irq-safe at}, ...), in report order
 */
public record IrqSafeUnsafeOrder(
    ReportExtent extent,
    Optional<TaskRef> task,
    Optional<ContextTuple> context,
    Optional<IrqClass> irqClass,
    Optional<LockLine> next,
    Optional<LockLine> prev,
    List<LockLine> newDependency,
    Optional<LockLine> safe,
    Optional<StackTrace> safeTrace,
    Optional<LockLine> unsafe,
    Optional<StackTrace> unsafeTrace,
    Optional<List<LockClassName>> chainExistsOf,
    Optional<Scenario> scenario,
    Optional<HeldLocks> heldLocks,
    List<ClassBlock> backwardPath,
    List<ClassBlock> forwardPath,
    Optional<Backtrace> backtrace,
    List<Mention> classMentions)
    implements LockdepReport {

  public IrqSafeUnsafeOrder {
    newDependency = List.copyOf(newDependency);
    chainExistsOf = chainExistsOf.map(List::copyOf);
    backwardPath = List.copyOf(backwardPath);
    forwardPath = List.copyOf(forwardPath);
    classMentions = List.copyOf(classMentions);
  }
}
