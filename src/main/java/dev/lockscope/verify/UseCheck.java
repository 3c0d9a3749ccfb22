package dev.lockscope.verify;

import dev.lockscope.report.UsageBit;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.Optional;
import java.util.function.Function;

/**
 * A check about one use of the lock: a usage bit together with the trace where it was set (the
 * registering trace for OLD, the backtrace for NEW).
 */
abstract class UseCheck implements Check<InconsistentLockStateEvidence> {

  /** Which of the two uses a check looks at. */
  enum Use {
    REGISTERED("registering trace", InconsistentLockStateEvidence::oldUse) {
      @Override
      Optional<UsageBit> bit(InconsistentLockStateEvidence evidence) {
        return evidence.report().oldBit();
      }
    },
    BACKTRACE("backtrace", InconsistentLockStateEvidence::newUse) {
      @Override
      Optional<UsageBit> bit(InconsistentLockStateEvidence evidence) {
        return evidence.report().newBit();
      }
    };

    final String traceName;
    private final Function<InconsistentLockStateEvidence, Optional<TraceAnalysis>> analysis;

    Use(String traceName, Function<InconsistentLockStateEvidence, Optional<TraceAnalysis>> analysis) {
      this.traceName = traceName;
      this.analysis = analysis;
    }

    abstract Optional<UsageBit> bit(InconsistentLockStateEvidence evidence);
  }

  private final String id;
  final String traceName;
  private final Use use;

  UseCheck(String id, Use use) {
    this.id = id;
    this.traceName = use.traceName;
    this.use = use;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final CheckResult check(InconsistentLockStateEvidence evidence) {
    Optional<UsageBit> usage = use.bit(evidence);
    Optional<TraceAnalysis> analysis = use.analysis.apply(evidence);
    if (usage.isEmpty() || analysis.isEmpty() || !usage.get().isStateBit()) {
      return CheckResult.unknown(id, "the " + traceName + " fits its usage bit", "no usage bit or trace");
    }
    return check(usage.get(), analysis.get());
  }

  abstract CheckResult check(UsageBit bit, TraceAnalysis trace);
}
