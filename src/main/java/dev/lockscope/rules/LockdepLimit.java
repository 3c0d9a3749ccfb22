package dev.lockscope.rules;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of {@code lockdep-limits.tsv}: a fixed-size table of lockdep whose exhaustion turns the
 * validator off (spec section 4.15).
 *
 * @param limit the name lockdep prints ({@code MAX_STACK_TRACE_ENTRIES})
 * @param size the size when it is fixed and printed against ({@code 48} for
 *     {@code MAX_LOCK_DEPTH}), else empty
 * @param option the kernel configuration option that sizes it, if any
 * @param meaning what the table holds and why it fills up
 */
public record LockdepLimit(String limit, OptionalInt size, Optional<String> option, String meaning) {

  static LockdepLimit parse(String[] c) {
    OptionalInt size;
    try {
      size = c[1].equals("-") ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(c[1]));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("size must be a number or '-', not '" + c[1] + "'", e);
    }
    Optional<String> option = c[2].equals("-") ? Optional.empty() : Optional.of(c[2]);
    return new LockdepLimit(c[0], size, option, c[3]);
  }
}
