package dev.lockscope.verify;

import dev.lockscope.engine.print.KernelReportPrinter;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.UsageBit;
import dev.lockscope.semantics.UsageExclusion;
import java.util.List;
import java.util.Optional;

/**
 * No printed class shows two usage bits that lockdep forbids together (an irq-safe and an
 * irq-unsafe bit of one state, unless both are read bits): lockdep reports the first such pair
 * and stops, so a class that had one could not be printed by a later report. The class an
 * inconsistent-lock-state report is about shows exactly such a pair, which is its finding, and is
 * left out. Only {@code lockscope simulate --all} goes on after a report, so in the reports it
 * prints (their kernel is {@link KernelReportPrinter#RELEASE}) such a pair is only a warning.
 */
final class UsageExclusiveCheck<E extends ReportEvidence> implements Check<E> {

  private final UsageExclusion exclusion = new UsageExclusion();

  @Override
  public String id() {
    return "usage-exclusive";
  }

  @Override
  public CheckResult check(E evidence) {
    Optional<LockClassName> reported = evidence.report() instanceof InconsistentLockState inconsistent
        ? inconsistent.lock().map(LockLine::name) : Optional.empty();
    int compared = 0;
    for (LockLine line : PrintedLocks.of(evidence.report()).lines()) {
      if (line.usage().isEmpty() || reported.filter(line.name()::equals).isPresent()) {
        continue;
      }
      compared++;
      List<UsageBit> bits = line.usage().get().setBits();
      for (UsageBit one : bits) {
        for (UsageBit other : bits) {
          if (exclusion.conflicts(one, other)) {
            boolean simulated = evidence.report().extent().ident().filter(i -> i.startsWith(KernelReportPrinter.RELEASE)).isPresent();
            return new CheckResult(id(), simulated ? Status.WARN : Status.FAIL,
                "(" + line.name() + "){" + line.usage().get().raw() + "} is a consistent usage",
                "it shows " + one.printedName() + " and " + other.printedName() + ", which lockdep would have reported"
                    + (simulated ? " first (simulate --all goes on after a report; a kernel does not)" : ""),
                line.inputLine());
          }
        }
      }
    }
    return compared == 0
        ? CheckResult.unknown(id(), "every usage string is consistent", "no usage string to read")
        : CheckResult.of(id(), true, "every usage string is consistent", (compared == 1 ? "1 usage string" : compared + " usage strings") + " without a forbidden pair", 0);
  }
}
