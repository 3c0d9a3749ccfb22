package dev.lockscope.verify;

import dev.lockscope.report.LockDepth;
import dev.lockscope.report.LockdepCapacity;
import dev.lockscope.rules.LockdepLimit;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where the report prints a number, it is over the limit: {@code depth: <n> max: <m>!} has
 * {@code n >= m}, and an invalid subclass is at least {@code MAX_LOCKDEP_SUBCLASSES} (its size
 * from {@code lockdep-limits.tsv}).
 */
final class LimitExceededCheck implements FindingCheck<LockdepCapacity> {

  @Override
  public String id() {
    return "limit-exceeded";
  }

  @Override
  public CheckResult check(LockdepCapacity report, FindingEvidence evidence) {
    String claim = report.extent().header();
    if (report.depth().isPresent()) {
      LockDepth depth = report.depth().get();
      return CheckResult.of(id(), depth.depth() >= depth.max(), claim,
          "depth %d, max %d".formatted(depth.depth(), depth.max()), depth.inputLine());
    }
    OptionalInt size = evidence.limit().map(LockdepLimit::size).orElse(OptionalInt.empty());
    Optional<Integer> subclass = report.subclass();
    if (subclass.isEmpty() || size.isEmpty()) {
      return CheckResult.unknown(id(), claim, "lockdep prints no count for this table");
    }
    return CheckResult.of(id(), subclass.get() >= size.getAsInt(), claim,
        "subclass %d, %d subclasses per key".formatted(subclass.get(), size.getAsInt()), report.extent().firstLine());
  }
}
