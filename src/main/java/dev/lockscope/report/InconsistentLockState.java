package dev.lockscope.report;

import java.util.Optional;

/**
 * An {@code inconsistent lock state} report (spec section 4.1): one lock class whose usage
 * history gained a bit ({@code newBit}) that conflicts with a bit it already had
 * ({@code oldBit}).
 *
 * @param oldBit the usage bit that was already set, from {@code inconsistent {OLD} -> {NEW}}
 * @param newBit the usage bit being set now
 * @param usageLine input line of the {@code inconsistent ... usage.} line
 * @param task the task named before the context tuple
 * @param context the context tuple of the task when the new bit was set
 * @param lock the {@code takes:} lock
 * @param oldTrace the trace under {@code {OLD} state was registered at:}
 * @param irqEvents the irq-event block
 * @param scenario the unsafe-locking scenario (absent before 3.0)
 * @param heldLocks the held-locks list
 * @param backtrace the stack backtrace of the task setting the new bit
 * @param registeredState the {@code X} of {@code {X} state was registered at:}, which names the old bit
 */
public record InconsistentLockState(
    ReportExtent extent,
    Optional<UsageBit> oldBit,
    Optional<UsageBit> newBit,
    int usageLine,
    Optional<TaskRef> task,
    Optional<ContextTuple> context,
    Optional<LockLine> lock,
    Optional<StackTrace> oldTrace,
    Optional<IrqEvents> irqEvents,
    Optional<Scenario> scenario,
    Optional<HeldLocks> heldLocks,
    Optional<Backtrace> backtrace,
    Optional<Mention> registeredState)
    implements LockdepReport {}
