package dev.lockscope.batch;

import java.util.List;
import java.util.Map;

/** Counting helpers with a deterministic order. */
final class Counts {

  private Counts() {}

  /** The entries, largest count first; equal counts keep the map's order (a stable sort). */
  static <K> List<Map.Entry<K, Long>> descending(Map<K, Long> counts) {
    return counts.entrySet().stream()
        .sorted(Map.Entry.<K, Long>comparingByValue().reversed())
        .map(e -> Map.entry(e.getKey(), e.getValue()))
        .toList();
  }
}
