package dev.lockscope.report;

/** The three generations of the printed usage string (spec section 2.4). */
public enum UsageEncoding {
  /** 4 characters: HARDIRQ-W, HARDIRQ-R, SOFTIRQ-W, SOFTIRQ-R (4.13 and later). */
  MODERN,
  /** 6 characters: as {@link #MODERN} plus RECLAIM_FS-W, RECLAIM_FS-R (2.6.30 to 4.12). */
  WITH_RECLAIM_FS,
  /** 4 characters before 2.6.30: HARDIRQ-W, SOFTIRQ-W, HARDIRQ-R, SOFTIRQ-R, other signs. */
  LEGACY
}
