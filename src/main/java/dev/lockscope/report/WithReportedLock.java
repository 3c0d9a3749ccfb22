package dev.lockscope.report;

import java.util.Optional;

/**
 * A single-event report about one lock it prints on a line of its own: the lock taken in a wrong
 * context, the held lock that was freed, the lock whose nest lock was not taken.
 */
public interface WithReportedLock {

  /** The lock the report is about, as printed. */
  Optional<LockLine> lock();
}
