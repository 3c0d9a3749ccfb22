package dev.lockscope.verify;

import dev.lockscope.report.BitValue;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.UsageBit;
import dev.lockscope.report.UsageString;
import dev.lockscope.semantics.UsageExclusion;
import java.util.List;

/**
 * The printed OLD bit is the first conflicting bit lockdep tests: a read bit is only printed when
 * the write bit of the same direction is not set (spec section 3.4).
 */
final class OldBitChoiceCheck implements Check<InconsistentLockStateEvidence> {

  private final UsageExclusion exclusion = new UsageExclusion();

  @Override
  public String id() {
    return "old-bit-choice";
  }

  @Override
  public CheckResult check(InconsistentLockStateEvidence evidence) {
    InconsistentLockState report = evidence.report();
    if (report.oldBit().isEmpty() || report.newBit().isEmpty()
        || report.lock().flatMap(l -> l.usage()).isEmpty()) {
      return CheckResult.unknown(id(), "the OLD bit is the first conflict", "no pair or usage string");
    }
    UsageBit oldBit = report.oldBit().get();
    UsageString usage = report.lock().get().usage().get();
    String claim = "{%s} is the first conflicting bit".formatted(oldBit.printedName());
    List<UsageBit> order = exclusion.conflictingOldBits(report.newBit().get());
    int printedAt = order.indexOf(oldBit);
    if (printedAt < 0) {
      return CheckResult.unknown(id(), claim, "the pair itself is not a conflict (see usage-pair)");
    }
    for (UsageBit earlier : order.subList(0, printedAt)) {
      if (usage.covers(earlier) && usage.value(earlier) == BitValue.SET) {
        return CheckResult.of(
            id(), false, claim,
            "%s shows %s, which lockdep tests first and would have printed"
                .formatted(usage.describePosition(earlier), earlier.printedName()),
            report.lock().get().inputLine());
      }
    }
    String found =
        printedAt == 0
            ? "lockdep tests {" + oldBit.printedName() + "} first"
            : "no earlier conflicting bit is set in {" + usage.raw() + "}";
    return CheckResult.of(id(), true, claim, found, report.usageLine());
  }
}
