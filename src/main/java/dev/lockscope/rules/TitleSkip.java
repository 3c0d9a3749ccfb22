package dev.lockscope.rules;

import java.util.regex.Pattern;

/** One row of {@code title-skip.tsv}: functions a title never names (for some kinds), and why. */
public record TitleSkip(Pattern pattern, java.util.Set<String> kinds, String why) {

  /** Whether this row applies to titles of the kind with this id. */
  public boolean appliesTo(String kindId) {
    return kinds.contains("*") || kinds.contains(kindId);
  }
}
