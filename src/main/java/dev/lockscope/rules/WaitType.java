package dev.lockscope.rules;

import java.util.List;

/**
 * One row of {@code wait-types.tsv}: a lockdep wait type (spec section 2.5), the number it prints
 * as in either numbering, and the execution contexts whose task wait context it is.
 *
 * @param name {@code INV}, {@code FREE}, {@code SPIN}, {@code CONFIG}, {@code SLEEP} or {@code MAX}
 * @param standard the printed number without {@code CONFIG_PROVE_RAW_LOCK_NESTING}
 * @param raw the printed number with {@code CONFIG_PROVE_RAW_LOCK_NESTING}
 * @param taskContexts {@code hardirq}, {@code softirq}, {@code process}: where a task has this
 *     wait context; empty for a type that is only ever a lock's
 * @param lockType whether a lock class can have this wait type
 * @param meaning what the type allows, for explanations
 */
public record WaitType(
    String name, int standard, int raw, List<String> taskContexts, boolean lockType, String meaning) {

  static final List<String> CONTEXTS = List.of("hardirq", "softirq", "process");

  public WaitType {
    taskContexts = List.copyOf(taskContexts);
  }

  /** The number this type prints as in one numbering. */
  public int value(boolean rawLockNesting) {
    return rawLockNesting ? raw : standard;
  }

  /** Whether a task can have this wait context (rather than only a lock this wait type). */
  public boolean isTaskContext() {
    return !taskContexts.isEmpty();
  }

  static WaitType parse(String[] c) {
    List<String> contexts = c[3].equals("-") ? List.of() : List.of(c[3].split(","));
    for (String context : contexts) {
      if (!CONTEXTS.contains(context)) {
        throw new IllegalArgumentException("unknown context '" + context + "'");
      }
    }
    if (!c[4].equals("yes") && !c[4].equals("no")) {
      throw new IllegalArgumentException("lock column must be 'yes' or 'no', not '" + c[4] + "'");
    }
    return new WaitType(c[0], number(c[1]), number(c[2]), contexts, c[4].equals("yes"), c[5]);
  }

  private static int number(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a number: '" + text + "'", e);
    }
  }
}
