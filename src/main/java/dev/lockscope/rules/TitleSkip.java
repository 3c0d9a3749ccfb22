package dev.lockscope.rules;

import java.util.regex.Pattern;

/** One row of {@code title-skip.tsv}: functions a title never names, and why. */
public record TitleSkip(Pattern pattern, String why) {}
