package dev.lockscope.graph;

import dev.lockscope.report.BitValue;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.UsageBit;
import dev.lockscope.report.UsageString;
import java.util.Map;
import java.util.Optional;

/**
 * A lock class in the graph with its usage history: for each usage bit the report reveals, the
 * strongest evidence for it (a trace where lockdep set it beats the usage string alone).
 */
public record LockClassVertex(
    LockClassName name, Optional<UsageString> usage, Map<UsageBit, UsageEvidence> bits) {

  public LockClassVertex {
    bits = Map.copyOf(bits);
  }

  /** What the evidence says about {@code bit}. */
  public BitValue value(UsageBit bit) {
    UsageEvidence evidence = bits.get(bit);
    return evidence == null ? BitValue.UNKNOWN : evidence.value();
  }

  public Optional<UsageEvidence> evidence(UsageBit bit) {
    return Optional.ofNullable(bits.get(bit));
  }
}
