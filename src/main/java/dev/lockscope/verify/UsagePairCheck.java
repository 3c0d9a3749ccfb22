package dev.lockscope.verify;

import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.UsageBit;
import dev.lockscope.semantics.UsageExclusion;

/** The printed {@code {OLD} -> {NEW}} pair is one lockdep can print (spec section 3.4). */
final class UsagePairCheck implements Check<InconsistentLockStateEvidence> {

  private final UsageExclusion exclusion = new UsageExclusion();

  @Override
  public String id() {
    return "usage-pair";
  }

  @Override
  public CheckResult check(InconsistentLockStateEvidence evidence) {
    InconsistentLockState report = evidence.report();
    if (report.oldBit().isEmpty() || report.newBit().isEmpty()) {
      return CheckResult.unknown(id(), "inconsistent {OLD} -> {NEW} usage", "no readable usage pair");
    }
    UsageBit oldBit = report.oldBit().get();
    UsageBit newBit = report.newBit().get();
    String claim = "inconsistent {%s} -> {%s} usage".formatted(oldBit.printedName(), newBit.printedName());
    boolean conflicts = exclusion.conflicts(oldBit, newBit);
    String found =
        conflicts
            ? pairReason(oldBit, newBit)
            : "lockdep never reports this pair: it is not a conflict under its exclusion rule";
    return CheckResult.of(id(), conflicts, claim, found, report.usageLine());
  }

  private static String pairReason(UsageBit oldBit, UsageBit newBit) {
    if (newBit == UsageBit.IN_NMI) {
      return "a lock used outside NMI is now taken inside an NMI";
    }
    String kind = oldBit.read() || newBit.read() ? "one side writes" : "both write";
    return "same state (%s), opposite directions, %s: a conflict"
        .formatted(newBit.state().orElseThrow().name(), kind);
  }
}
