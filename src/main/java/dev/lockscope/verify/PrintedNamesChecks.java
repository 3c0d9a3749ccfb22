package dev.lockscope.verify;

import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.IrqClass;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.Mention;
import dev.lockscope.report.UsageBit;
import java.util.Optional;

/** Checks that a name printed in several sentences of a report is the same each time. */
final class PrintedNamesChecks {

  private PrintedNamesChecks() {}

  /**
   * Every sentence of an irq-safe to irq-unsafe report names the irq class of its header
   * ({@code print_bad_irq_dependency} prints all of them from one {@code irqclass} string).
   */
  static final class IrqClassMentionsCheck implements Check<IrqOrderEvidence> {
    @Override
    public String id() {
      return "irq-class-consistent";
    }

    @Override
    public CheckResult check(IrqOrderEvidence evidence) {
      IrqSafeUnsafeOrder report = evidence.report();
      if (report.irqClass().isEmpty() || report.classMentions().isEmpty()) {
        return CheckResult.unknown(id(), "one irq class throughout", "no irq class in the header or in the sentences");
      }
      IrqClass header = report.irqClass().get();
      String claim = "every sentence names " + header.printed();
      for (Mention mention : report.classMentions()) {
        if (!IrqClass.parse(mention.printed()).equals(Optional.of(header))
            && !mention.printed().equalsIgnoreCase(header.printed())) {
          return CheckResult.of(id(), false, claim, "this sentence names " + mention.printed(), mention.inputLine());
        }
      }
      return CheckResult.of(id(), true, claim, report.classMentions().size() + " sentences agree", report.classMentions().get(0).inputLine());
    }
  }

  /**
   * {@code {X} state was registered at:} names the old bit of {@code inconsistent {OLD} -> {NEW}
   * usage}: lockdep prints the trace it saved for that bit under that bit's name.
   */
  static final class RegisteredStateCheck implements Check<InconsistentLockStateEvidence> {
    @Override
    public String id() {
      return "registered-state";
    }

    @Override
    public CheckResult check(InconsistentLockStateEvidence evidence) {
      InconsistentLockState report = evidence.report();
      if (report.oldBit().isEmpty() || report.registeredState().isEmpty()) {
        return CheckResult.unknown(id(), "the registered state is the old one", "no old bit or no 'state was registered at:' line");
      }
      UsageBit old = report.oldBit().get();
      Mention registered = report.registeredState().get();
      boolean same = UsageBit.parse(registered.printed()).equals(Optional.of(old));
      return CheckResult.of(id(), same, "the trace is where {" + old.printedName() + "} was registered",
          "the trace is printed as {" + registered.printed() + "}", registered.inputLine());
    }
  }
}
