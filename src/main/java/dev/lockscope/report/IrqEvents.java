package dev.lockscope.report;

import java.util.List;
import java.util.Optional;

/** The irq-event block of an inconsistent-lock-state report (spec section 2.10). */
public record IrqEvents(long stamp, List<IrqEvent> events, int inputLine) {

  public IrqEvents {
    events = List.copyOf(events);
  }

  /** The event line for one irq kind and direction, if printed. */
  public Optional<IrqEvent> event(boolean softirqs, boolean enabled) {
    return events.stream().filter(e -> e.softirqs() == softirqs && e.enabled() == enabled).findFirst();
  }

  /** Whether all four event lines are present. */
  public boolean complete() {
    return event(false, true).isPresent()
        && event(false, false).isPresent()
        && event(true, true).isPresent()
        && event(true, false).isPresent();
  }
}
