package dev.lockscope.report;

/** What a usage string says about one usage bit. */
public enum BitValue {
  SET,
  CLEAR,
  /** The encoding cannot tell (the pre-2.6.30 write positions hide an ON bit behind an IN bit). */
  UNKNOWN
}
