package dev.lockscope.verify;

import dev.lockscope.report.ClassBlock;
import dev.lockscope.report.UsageBit;
import dev.lockscope.report.UsageString;
import dev.lockscope.report.UsageTrace;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * In a class block ({@code -> (name){usage} { ... }}) lockdep prints one {@code BIT at:} trace for
 * each bit of the usage mask it also prints as the usage string, and no other: the trace headers
 * and the usage string must name the same bits. Only blocks that are whole (their {@code ... key
 * at:} line printed) are compared, so a cut report is never contradicted here.
 */
final class UsageTracesCheck<E extends ReportEvidence> implements Check<E> {

  @Override
  public String id() {
    return "usage-traces";
  }

  @Override
  public CheckResult check(E evidence) {
    int compared = 0;
    for (ClassBlock block : PrintedLocks.of(evidence.report()).blocks()) {
      Optional<UsageString> usage = block.lock().usage();
      if (usage.isEmpty() || block.key().isEmpty()) {
        continue;
      }
      List<UsageBit> headers = new ArrayList<>();
      boolean unread = false;
      for (UsageTrace trace : block.usages()) {
        Optional<UsageBit> bit = UsageBit.parse(trace.usage());
        unread |= bit.isEmpty();
        bit.filter(b -> b.isStateBit() && usage.get().covers(b)).ifPresent(headers::add);
      }
      if (unread) {
        continue;
      }
      Set<UsageBit> shown = new HashSet<>(usage.get().setBits());
      shown.removeIf(bit -> !bit.isStateBit() || !usage.get().covers(bit));
      compared++;
      String claim = "(" + block.lock().name() + "){" + usage.get().raw() + "} has a trace for each of its bits";
      if (headers.size() != new HashSet<>(headers).size() || !new HashSet<>(headers).equals(shown)) {
        return new CheckResult(id(), Status.FAIL, claim,
            "the block's traces are for " + names(headers) + ", the usage string shows " + names(shown),
            block.lock().inputLine());
      }
    }
    return compared == 0
        ? CheckResult.unknown(id(), "usage traces match usage strings", "no whole class block with a usage string")
        : new CheckResult(id(), Status.PASS, "usage traces match usage strings", (compared == 1 ? "1 class block agrees" : compared + " class blocks agree"), 0);
  }

  private static String names(java.util.Collection<UsageBit> bits) {
    return bits.isEmpty() ? "no bit" : String.join(", ", bits.stream().map(UsageBit::printedName).sorted().toList());
  }
}
