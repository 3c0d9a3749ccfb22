package dev.lockscope.report;

/**
 * Numbers printed in a report, read without ever failing: a run of digits too long for its type
 * (a corrupted counter, a subclass past 32 bits) saturates at the type's limit, which every check
 * then sees as the impossible value it is.
 */
public final class Numbers {

  private Numbers() {}

  /** A decimal integer with an optional sign, saturated to the int range. */
  public static int saturatedInt(String digits) {
    long value = saturatedLong(digits);
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, value));
  }

  /** A decimal integer with an optional sign, saturated to the long range. */
  public static long saturatedLong(String digits) {
    try {
      return Long.parseLong(digits);
    } catch (NumberFormatException e) {
      if (!digits.matches("[-+]?\\d+")) {
        throw e;
      }
      return digits.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
    }
  }
}
