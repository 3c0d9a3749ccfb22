package dev.lockscope.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A printed usage string such as {@code +.?.} or {@code +.+.-.}, decoded per its era (spec
 * section 2.4).
 *
 * @param raw the characters between the braces
 */
public record UsageString(String raw, UsageEncoding encoding) {

  public UsageString {
    if (!raw.matches("[.+?\\-]{4}|[.+?\\-]{6}")) {
      throw new IllegalArgumentException("not a usage string: " + raw);
    }
    if ((raw.length() == 6) != (encoding == UsageEncoding.WITH_RECLAIM_FS)) {
      throw new IllegalArgumentException(encoding + " does not fit " + raw);
    }
  }

  /** Decodes {@code raw}, taking a 4-character string as the pre-2.6.30 one when told so. */
  public static UsageString of(String raw, boolean legacyEra) {
    UsageEncoding encoding =
        raw.length() == 6
            ? UsageEncoding.WITH_RECLAIM_FS
            : legacyEra ? UsageEncoding.LEGACY : UsageEncoding.MODERN;
    return new UsageString(raw, encoding);
  }

  /** The character position (0-based) that encodes {@code bit}'s state and read kind. */
  public int position(UsageBit bit) {
    IrqState state = bit.state().orElseThrow(() -> new IllegalArgumentException(bit + " is not printed"));
    int stateIndex = state.ordinal();
    if (encoding == UsageEncoding.LEGACY) {
      return bit.read() ? 2 + stateIndex : stateIndex;
    }
    return stateIndex * 2 + (bit.read() ? 1 : 0);
  }

  /** Whether the string has a position for this bit (RECLAIM_FS only in 6-character strings). */
  public boolean covers(UsageBit bit) {
    return bit.isStateBit() && position(bit) < raw.length();
  }

  /** What the string says about {@code bit}. */
  public BitValue value(UsageBit bit) {
    if (!covers(bit)) {
      return BitValue.UNKNOWN;
    }
    char c = raw.charAt(position(bit));
    if (encoding == UsageEncoding.LEGACY) {
      return legacyValue(c, bit);
    }
    boolean in = c == '-' || c == '?';
    boolean on = c == '+' || c == '?';
    return (bit.usedIn() ? in : on) ? BitValue.SET : BitValue.CLEAR;
  }

  private static BitValue legacyValue(char c, UsageBit bit) {
    if (!bit.read()) {
      return switch (c) {
        case '+' -> bit.usedIn() ? BitValue.SET : BitValue.UNKNOWN;
        case '-' -> bit.usedIn() ? BitValue.CLEAR : BitValue.SET;
        case '?' -> BitValue.SET;
        default -> BitValue.CLEAR;
      };
    }
    boolean in = c == '+' || c == '?';
    boolean on = c == '-' || c == '?';
    return (bit.usedIn() ? in : on) ? BitValue.SET : BitValue.CLEAR;
  }

  /** Every state bit the string shows as set. */
  public List<UsageBit> setBits() {
    List<UsageBit> bits = new ArrayList<>();
    for (UsageBit bit : UsageBit.values()) {
      if (covers(bit) && value(bit) == BitValue.SET) {
        bits.add(bit);
      }
    }
    return bits;
  }

  /** The position shown with a leading label, e.g. {@code {+.?.} position 3 '?'}. */
  public String describePosition(UsageBit bit) {
    int position = position(bit);
    return "{" + raw + "} position " + (position + 1) + " '" + raw.charAt(position) + "'";
  }
}
