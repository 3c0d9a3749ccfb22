package dev.lockscope.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One row of {@code rcu-messages.tsv}: a {@code suspicious RCU usage} message, what kind of misuse
 * it reports and which RCU reader map the held-locks list should (not) show (spec section 4.13).
 *
 * @param category the misuse, a key of {@code fix-hints.tsv} rows of kind {@code suspicious-rcu}
 * @param reader the reader map that must be held ({@code rcu_read_lock}, ...), {@code none} when
 *     no reader map may be held, or {@code -} when the message implies neither
 * @param pattern a regular expression searched in the message
 */
public record RcuMessage(String category, String reader, Pattern pattern) {

  /** The reader map the message says was held, if it says one was. */
  public Optional<String> requiredReader() {
    return reader.equals("none") || reader.equals("-") ? Optional.empty() : Optional.of(reader);
  }

  /** Whether the message says no RCU reader was held at all. */
  public boolean forbidsReaders() {
    return reader.equals("none");
  }

  static RcuMessage parse(String[] c) {
    try {
      return new RcuMessage(c[0], c[1], Pattern.compile(c[2]));
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("bad pattern '" + c[2] + "': " + e.getDescription(), e);
    }
  }
}
