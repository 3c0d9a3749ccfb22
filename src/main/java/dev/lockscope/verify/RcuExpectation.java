package dev.lockscope.verify;

import dev.lockscope.rules.RcuMessage;
import java.util.List;

/**
 * What a suspicious-RCU message implies about the held-locks list: its {@code rcu-messages.tsv}
 * row, and the names of all RCU reader maps that rows mention.
 */
public record RcuExpectation(RcuMessage message, List<String> readerMaps) {

  public RcuExpectation {
    readerMaps = List.copyOf(readerMaps);
  }
}
