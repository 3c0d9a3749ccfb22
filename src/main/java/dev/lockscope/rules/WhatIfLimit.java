package dev.lockscope.rules;

/**
 * One row of {@code whatif-limits.tsv}: what a what-if answer cannot know, for one kind of change
 * ({@code set}, {@code nest}, {@code class}, {@code drop}) or for every answer ({@code *}).
 */
public record WhatIfLimit(String change, String text) {

  static WhatIfLimit parse(String[] columns) {
    if (!columns[0].matches("\\*|set|nest|class|drop")) {
      throw new IllegalArgumentException("the change is one of *, set, nest, class, drop, not '" + columns[0] + "'");
    }
    return new WhatIfLimit(columns[0], columns[1]);
  }

  /** Whether the row is printed for a change of this kind. */
  public boolean appliesTo(String kind) {
    return change.equals("*") || change.equals(kind);
  }
}
