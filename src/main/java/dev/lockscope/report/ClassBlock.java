package dev.lockscope.report;

import java.util.List;
import java.util.Optional;

/**
 * A lock class as the irq reports print it on a dependency path (spec section 2.11): the class with
 * its usage string, the trace of every usage bit, its key, and where it was acquired on the path.
 *
 * @param lock the class (name, usage, wait types), as a LOCK line without address or site
 * @param acquiredAt the {@code ... acquired at:} trace, absent for the deepest block of some eras
 */
public record ClassBlock(
    LockLine lock, List<UsageTrace> usages, Optional<Frame> key, Optional<StackTrace> acquiredAt) {

  public ClassBlock {
    usages = List.copyOf(usages);
  }

  public LockClassName name() {
    return lock.name();
  }
}
