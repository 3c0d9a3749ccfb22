package dev.lockscope.semantics;

import dev.lockscope.rules.LockPrimitive;
import java.util.Optional;

/**
 * How a lock was acquired, for lockdep's read rules (spec sections 5.3, 6, 7): exclusively, as a
 * non-recursive reader (rwsem, {@code read_lock} in process context on queued rwlocks) or as a
 * recursive reader ({@code read_lock} in interrupt context).
 */
public enum AcquisitionKind {
  WRITE,
  READ,
  RECURSIVE_READ;

  /** The kind a trace shows, when its lock primitive is known. */
  public static Optional<AcquisitionKind> of(TraceAnalysis use) {
    return use.primitive().map(p -> of(p, use.context()));
  }

  static AcquisitionKind of(LockPrimitive primitive, ExecutionContext context) {
    return switch (primitive.access()) {
      case "write" -> WRITE;
      case "read" -> READ;
      default -> context == ExecutionContext.PROCESS || context == ExecutionContext.UNKNOWN ? READ : RECURSIVE_READ;
    };
  }

  public boolean reader() {
    return this != WRITE;
  }
}
