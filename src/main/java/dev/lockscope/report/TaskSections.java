package dev.lockscope.report;

import java.util.Optional;

/**
 * The sections a report about the current task has in common: the task it names, that task's
 * held-locks list and its stack dump. Lockdep prints all three for the same task, so they must
 * agree; a report kind lacking one answers empty.
 */
public interface TaskSections extends WithBacktrace {

  /** The task the report names in its own words. */
  Optional<ReportingTask> task();

  Optional<HeldLocks> heldLocks();
}
