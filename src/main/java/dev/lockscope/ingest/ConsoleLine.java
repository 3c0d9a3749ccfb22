package dev.lockscope.ingest;

/**
 * One console line after its envelope (timestamp, caller id, syslog prefix, mail quoting) was
 * stripped.
 *
 * @param number the 1-based line number in the original input, kept for evidence
 * @param text the line as the kernel printed it, indentation preserved
 * @param channel who printed it: the caller id ({@code T123}, {@code C1}) or the mail quote depth
 *     ({@code >2}); empty when the input carries no such marker. Lines of one report share a
 *     channel, so lines from other channels are interleaved foreign output.
 */
public record ConsoleLine(int number, String text, String channel) {

  public ConsoleLine {
    if (text == null || channel == null) {
      throw new IllegalArgumentException("text and channel must not be null");
    }
  }

  /** Whether this line and {@code other} may belong to one report. */
  public boolean sameChannelAs(ConsoleLine other) {
    return channel.isEmpty() || other.channel.isEmpty() || channel.equals(other.channel);
  }

  public boolean isBlank() {
    return text.isBlank();
  }
}
