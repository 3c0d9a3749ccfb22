package dev.lockscope.verify;

import dev.lockscope.report.ContextTuple;
import dev.lockscope.report.IrqEvent;
import dev.lockscope.report.IrqEvents;
import dev.lockscope.report.InconsistentLockState;
import java.util.ArrayList;
import java.util.List;

/**
 * The irq-event block agrees with itself and with the context tuple (spec section 2.10;
 * heuristic): the stamp is the newest event, HE1 iff hard irqs were enabled last, SE1 iff
 * softirqs were enabled last.
 */
final class IrqEventsCheck implements Check<InconsistentLockStateEvidence> {

  @Override
  public String id() {
    return "irq-events";
  }

  @Override
  public CheckResult check(InconsistentLockStateEvidence evidence) {
    InconsistentLockState report = evidence.report();
    if (report.irqEvents().isEmpty() || !report.irqEvents().get().complete() || report.context().isEmpty()) {
      return CheckResult.unknown(id(), "the irq event stamps", "the irq-event block is missing or cut");
    }
    IrqEvents events = report.irqEvents().get();
    ContextTuple ctx = report.context().get();
    long hardOn = counter(events, false, true);
    long hardOff = counter(events, false, false);
    long softOn = counter(events, true, true);
    long softOff = counter(events, true, false);
    List<String> broken = new ArrayList<>();
    long newest = Math.max(Math.max(hardOn, hardOff), Math.max(softOn, softOff));
    if (events.stamp() != newest) {
      broken.add("stamp " + events.stamp() + " is not the newest event " + newest);
    }
    if (!ctx.inHardirq() && ctx.hardirqsEnabled() != hardOn > hardOff) {
      broken.add("HE" + (ctx.hardirqsEnabled() ? 1 : 0) + " but hard irqs were last "
          + (hardOn > hardOff ? "enabled" : "disabled"));
    }
    boolean softLastOn = softOn >= softOff;
    if (!ctx.inHardirq() && ctx.softirqsEnabled() != softLastOn) {
      broken.add("SE" + (ctx.softirqsEnabled() ? 1 : 0) + " but softirqs were last "
          + (softLastOn ? "enabled" : "disabled"));
    }
    String claim = "irq event stamp " + events.stamp();
    if (broken.isEmpty()) {
      return new CheckResult(id(), Status.PASS, claim, "the event counters agree with " + ctx.printed(), events.inputLine());
    }
    return new CheckResult(id(), Status.WARN, claim, String.join("; ", broken), events.inputLine());
  }

  private static long counter(IrqEvents events, boolean softirqs, boolean enabled) {
    return events.event(softirqs, enabled).map(IrqEvent::counter).orElse(0L);
  }
}
