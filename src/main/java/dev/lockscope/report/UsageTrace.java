package dev.lockscope.report;

/**
 * One {@code <USAGE> at:} line of a class block with the trace where lockdep set that usage bit.
 *
 * @param usage the usage name as printed ({@code IN-HARDIRQ-W}, {@code INITIAL USE})
 */
public record UsageTrace(String usage, StackTrace trace, int inputLine) {}
