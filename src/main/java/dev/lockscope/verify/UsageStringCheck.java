package dev.lockscope.verify;

import dev.lockscope.report.BitValue;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.UsageBit;
import dev.lockscope.report.UsageString;
import java.util.ArrayList;
import java.util.List;

/** The lock's usage string shows both bits of the pair (spec section 4.1). */
final class UsageStringCheck implements Check<InconsistentLockStateEvidence> {

  @Override
  public String id() {
    return "usage-string";
  }

  @Override
  public CheckResult check(InconsistentLockStateEvidence evidence) {
    InconsistentLockState report = evidence.report();
    if (report.lock().isEmpty() || report.lock().get().usage().isEmpty()
        || report.oldBit().isEmpty() || report.newBit().isEmpty()) {
      return CheckResult.unknown(id(), "the lock's usage string", "no usage string or pair to compare");
    }
    LockLine lock = report.lock().get();
    UsageString usage = lock.usage().get();
    UsageBit oldBit = report.oldBit().get();
    UsageBit newBit = report.newBit().get();
    String claim = "(%s){%s} has %s and %s".formatted(lock.name(), usage.raw(), oldBit.printedName(), newBit.printedName());
    if (!usage.covers(oldBit) || !usage.covers(newBit)) {
      return CheckResult.unknown(id(), claim, "the usage string has no position for these bits");
    }
    List<String> found = new ArrayList<>();
    boolean holds = true;
    for (UsageBit bit : List.of(oldBit, newBit)) {
      BitValue value = usage.value(bit);
      holds &= value != BitValue.CLEAR;
      found.add(describe(usage, bit, value));
    }
    return CheckResult.of(id(), holds, claim, String.join("; ", found), lock.inputLine());
  }

  private static String describe(UsageString usage, UsageBit bit, BitValue value) {
    String shown =
        switch (value) {
          case SET -> "shows " + bit.printedName();
          case CLEAR -> "does not show " + bit.printedName();
          case UNKNOWN -> "cannot show " + bit.printedName() + " in this era's encoding";
        };
    return usage.describePosition(bit) + " " + shown;
  }
}
