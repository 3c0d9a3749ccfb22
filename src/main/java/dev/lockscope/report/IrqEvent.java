package dev.lockscope.report;

import java.util.Optional;

/**
 * One line of the irq-event block: when hard irqs or softirqs were last enabled or disabled.
 *
 * @param softirqs false for the hardirqs lines
 * @param enabled false for the "disabled" lines
 * @param counter the per-task event counter in parentheses
 */
public record IrqEvent(
    boolean softirqs, boolean enabled, long counter, Optional<Frame> site, int inputLine) {}
