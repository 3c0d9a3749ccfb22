package dev.lockscope.rules;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * One row of {@code title-skip.tsv}: functions a title never names (for some kinds), an example
 * of such a function, and the syzkaller behaviour the row carries over.
 */
public record TitleSkip(Pattern pattern, Set<String> kinds, String example, String why) {

  /** Whether this row applies to titles of the kind with this id. */
  public boolean appliesTo(String kindId) {
    return kinds.contains("*") || kinds.contains(kindId);
  }

  /** Whether this row keeps {@code function} out of titles of the kind with this id. */
  public boolean skips(String kindId, String function) {
    return appliesTo(kindId) && pattern.matcher(function).find();
  }
}
