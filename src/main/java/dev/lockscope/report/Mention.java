package dev.lockscope.report;

/**
 * A name that a report's prose prints, besides the place the report is read from: the irq class in
 * each sentence of an irq-safe to irq-unsafe report, the state of {@code {X} state was registered
 * at:}. Lockdep prints each of them from the same variable, so they must agree.
 *
 * @param printed the name as printed ({@code HARDIRQ}, {@code IN-SOFTIRQ-W})
 */
public record Mention(String printed, int inputLine) {}
