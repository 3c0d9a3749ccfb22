package dev.lockscope.rules;

/**
 * One row of {@code sleep-checks.tsv}: an RCU reader that a call which may sleep must not be
 * inside, and what lockdep prints when it is.
 *
 * @param reader the built-in map of the reader
 * @param onlyWithoutPreemptRcu whether the check exists only without {@code CONFIG_PREEMPT_RCU}
 * @param location the {@code file:line} the report names
 * @param message the report's message
 */
public record SleepCheck(String reader, boolean onlyWithoutPreemptRcu, String location, String message) {

  static SleepCheck parse(String[] c) {
    if (!c[1].equals("no") && !c[1].equals("any")) {
      throw new IllegalArgumentException("preempt-rcu column must be 'no' or 'any', not '" + c[1] + "'");
    }
    return new SleepCheck(c[0], c[1].equals("no"), c[2], c[3]);
  }
}
