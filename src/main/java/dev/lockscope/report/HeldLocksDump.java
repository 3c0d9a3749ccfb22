package dev.lockscope.report;

import java.util.List;
import java.util.Optional;

/**
 * A {@code Showing all locks held in the system:} dump (spec section 4.16), printed by the hung
 * task detector, sysrq-d and others: every task that holds locks, with its list. Running tasks
 * other than the printing one show only their count. This is context, not a lockdep finding.
 *
 * @param tasks one held-locks list per task, in printed order
 * @param lockdepOff whether {@code INFO: lockdep is turned off.} was printed instead of lists
 * @param endLine the input line of the closing {@code ====} line
 */
public record HeldLocksDump(ReportExtent extent, List<HeldLocks> tasks, boolean lockdepOff, Optional<Integer> endLine)
    implements LockdepReport {

  public HeldLocksDump {
    tasks = List.copyOf(tasks);
  }
}
