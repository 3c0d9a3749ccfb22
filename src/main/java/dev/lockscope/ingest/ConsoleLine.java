package dev.lockscope.ingest;

import java.util.EnumSet;
import java.util.Set;

/**
 * One console line after its envelope (timestamp, caller id, syslog prefix, mail quoting,
 * escapes) was stripped.
 *
 * @param number the 1-based line number in the original input, kept for evidence
 * @param text the line as the kernel printed it, indentation preserved
 * @param channel who printed it, as far as the envelope tells; lines of other channels are
 *     interleaved foreign output
 * @param undone the envelopes stripped from this line
 * @param prefixed whether a console prefix (a time or a syslog stamp) began the line: a line
 *     without one amid prefixed lines is the continuation of a wrapped line
 * @param width the length of the line as it stood in the input, envelope included
 */
public record ConsoleLine(int number, String text, Channel channel, Set<Envelope> undone, boolean prefixed, int width) {

  public ConsoleLine {
    if (text == null || channel == null || undone == null) {
      throw new IllegalArgumentException("text, channel and envelopes must not be null");
    }
    undone = undone.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(undone));
  }

  /** A line that had no envelope at all. */
  public ConsoleLine(int number, String text) {
    this(number, text, Channel.NONE, Set.of(), false, text.length());
  }

  /** Whether this line and {@code other} may belong to one report. */
  public boolean sameChannelAs(ConsoleLine other) {
    return channel.compatible(other.channel);
  }

  public boolean isBlank() {
    return text.isBlank();
  }

  /** This line with another text (rejoined or unescaped), everything else kept. */
  public ConsoleLine withText(String newText, Set<Envelope> alsoUndone) {
    EnumSet<Envelope> all = undone.isEmpty() ? EnumSet.noneOf(Envelope.class) : EnumSet.copyOf(undone);
    all.addAll(alsoUndone);
    return new ConsoleLine(number, newText, channel, all, prefixed, width);
  }
}
