package dev.lockscope.rules;

/**
 * One row of {@code fix-hints.tsv}.
 *
 * @param lock a lock type, {@code class:<name pattern>} or {@code *}
 * @param text the hint with {@code {lock}}, {@code {api}} and {@code {safe_api}} placeholders
 */
public record FixHint(String kind, String state, String lock, String text) {

  /** Whether this hint applies to a report kind, irq state, lock class and lock type. */
  public boolean appliesTo(String kindId, String stateName, String className, String lockType) {
    boolean lockMatches =
        lock.equals("*")
            || lock.equals(lockType)
            || (lock.startsWith("class:") && new NamePattern(lock.substring(6)).matches(className));
    return (kind.equals("*") || kind.equals(kindId))
        && (state.equals("*") || state.equals(stateName))
        && lockMatches;
  }
}
