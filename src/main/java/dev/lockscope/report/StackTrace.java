package dev.lockscope.report;

import java.util.List;

/**
 * A stack trace as printed, innermost frame first.
 *
 * @param truncated whether the input ended inside the trace, so frames may be missing at its end
 */
public record StackTrace(List<TraceEntry> entries, boolean truncated) {

  public StackTrace {
    entries = List.copyOf(entries);
  }

  /** The frames the unwinder is sure of, innermost first; {@code ?} frames are left out. */
  public List<Frame> reliableFrames() {
    return entries.stream()
        .filter(Frame.class::isInstance)
        .map(Frame.class::cast)
        .filter(f -> !f.unreliable())
        .toList();
  }

  public boolean isEmpty() {
    return entries.isEmpty();
  }

  /** The input line of the first entry, or 0 for an empty trace. */
  public int firstLine() {
    return entries.isEmpty() ? 0 : entries.get(0).inputLine();
  }
}
