package dev.lockscope.verify;

import dev.lockscope.report.HeldLockFreed;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.MemoryRange;
import java.util.Optional;

/**
 * The held lock lies in the memory being freed, {@code from <= addr <= to} (spec section 4.9).
 * Only checkable with real addresses: before about 4.16 no instance address is printed, and up to
 * about 5.2 pointers are hashed.
 */
final class FreedRangeCheck implements FindingCheck<HeldLockFreed> {

  @Override
  public String id() {
    return "range-contains-lock";
  }

  @Override
  public CheckResult check(HeldLockFreed report, FindingEvidence evidence) {
    if (report.range().isEmpty() || report.lock().isEmpty()) {
      return CheckResult.unknown(id(), "the lock lies in the freed memory", "no memory line or no lock line");
    }
    MemoryRange range = report.range().get();
    LockLine lock = report.lock().get();
    String claim = "freeing memory %s-%s, with a lock still held there".formatted(range.from(), range.to());
    if (range.ordered().filter(ordered -> !ordered).isPresent()) {
      return CheckResult.of(id(), false, claim, "the range ends before it starts", range.inputLine());
    }
    Optional<Boolean> inside = lock.address().flatMap(range::contains);
    if (inside.isEmpty()) {
      String why = lock.address().isEmpty() ? "the lock line prints no address" : "the addresses are hashed pointers";
      return CheckResult.unknown(id(), claim, why);
    }
    String address = lock.address().get();
    String found = inside.get() ? "the lock at %s is inside".formatted(address) : "the lock at %s is outside".formatted(address);
    return CheckResult.of(id(), inside.get(), claim, found, lock.inputLine());
  }
}
