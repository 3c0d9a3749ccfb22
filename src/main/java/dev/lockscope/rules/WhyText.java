package dev.lockscope.rules;

/**
 * One row of {@code why.tsv}: why a report of a kind is a bug, for one case of it ({@code *} for
 * any), with placeholders an explanation fills in.
 *
 * @param kase the case: a wait type, an RCU message category, a limit, or {@code *}
 */
public record WhyText(String kind, String kase, String text) {}
