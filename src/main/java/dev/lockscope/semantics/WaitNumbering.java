package dev.lockscope.semantics;

/**
 * Which numbering a report's wait-type numbers use (spec section 2.5): lockdep prints the same
 * wait types as different numbers with {@code CONFIG_PROVE_RAW_LOCK_NESTING}.
 */
public enum WaitNumbering {
  /** Only the standard numbering fits every printed number. */
  STANDARD,
  /** Only the {@code CONFIG_PROVE_RAW_LOCK_NESTING} numbering fits. */
  RAW_LOCK_NESTING,
  /** Both fit: no printed number tells them apart. */
  EITHER,
  /** Neither fits: the numbers contradict each other. */
  NEITHER;

  /** Whether reading the numbers this way ({@code raw} or standard) is allowed. */
  public boolean admits(boolean raw) {
    return this == EITHER || this == (raw ? RAW_LOCK_NESTING : STANDARD);
  }

  static WaitNumbering of(boolean standardFits, boolean rawFits) {
    if (standardFits && rawFits) {
      return EITHER;
    }
    if (standardFits) {
      return STANDARD;
    }
    return rawFits ? RAW_LOCK_NESTING : NEITHER;
  }
}
