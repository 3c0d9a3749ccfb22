package dev.lockscope.report;

import java.util.List;
import java.util.Optional;

/**
 * A {@code suspicious RCU usage} report (spec section 4.13): an RCU usage check failed, such as
 * an {@code rcu_dereference_check()} outside any reader or a context switch inside one. Unlike
 * the other kinds it does not turn lockdep off.
 *
 * @param site the failed check's {@code file:line} and message
 * @param state the {@code rcu_scheduler_active}/{@code debug_locks} line
 * @param notes the optional remarks lockdep adds ({@code RCU used illegally from offline CPU!})
 * @param heldLocks the locks the task holds
 * @param backtrace the stack of the failed check
 */
public record SuspiciousRcu(
    ReportExtent extent,
    Optional<RcuSite> site,
    Optional<RcuState> state,
    List<String> notes,
    Optional<HeldLocks> heldLocks,
    Optional<Backtrace> backtrace)
    implements LockdepReport, TaskSections {

  public SuspiciousRcu {
    notes = List.copyOf(notes);
  }

  /** The report names its task only in the held-locks header. */
  @Override
  public Optional<ReportingTask> task() {
    return heldLocks.flatMap(h -> h.task().map(t -> new ReportingTask(t, h.inputLine())));
  }
}
