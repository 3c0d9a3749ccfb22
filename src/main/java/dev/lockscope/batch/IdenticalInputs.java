package dev.lockscope.batch;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Inputs already analyzed, by content: an input whose bytes equal an earlier one's (a log copied
 * into several crash directories, a bisection log kept twice) gets that input's reports without
 * being analyzed again. The pipeline is a function of the bytes, so this changes nothing but time.
 * A hit is decided by comparing the bytes themselves, never by the hash alone. What is retained
 * stays under a budget: when it is exceeded, everything retained is dropped and retention starts over.
 */
final class IdenticalInputs {

  /** Words of an input read for its hash, besides its last one. */
  private static final int SAMPLES = 64;

  private record Key(long hash, int length) {}

  private record Entry(byte[] content, List<ReportOutcome> outcomes) {}

  private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong retained = new AtomicLong();
  private final long budget;

  /** Retains at most about {@code budget} bytes of inputs and their rendered reports. */
  IdenticalInputs(long budget) {
    this.budget = budget;
  }

  /**
   * The reports of the bytes between {@code content}'s position and limit: an identical earlier
   * input's, else those {@code analyze} finds in a copy of the bytes.
   */
  List<ReportOutcome> outcomes(ByteBuffer content, Function<byte[], List<ReportOutcome>> analyze) {
    Key key = new Key(hash(content), content.remaining());
    Entry known = entries.get(key);
    if (known != null && ByteBuffer.wrap(known.content()).equals(content)) {
      return known.outcomes();
    }
    byte[] copy = new byte[content.remaining()];
    content.get(content.position(), copy);
    List<ReportOutcome> outcomes = analyze.apply(copy);
    if (known == null) {
      retain(key, new Entry(copy, outcomes));
    }
    return outcomes;
  }

  private void retain(Key key, Entry entry) {
    long size = entry.content().length + entry.outcomes().stream().mapToLong(ReportOutcome::size).sum() * 2;
    if (retained.addAndGet(size) > budget) {
      entries.clear();
      retained.set(size);
    }
    entries.putIfAbsent(key, entry);
  }

  /**
   * A 64-bit hash of the bytes between position and limit, from their length and {@link #SAMPLES}
   * words spread evenly over them: it only picks the candidate that the bytes are compared with,
   * so it need not read them all. Inputs that differ only where it does not look merely share a
   * candidate, which costs time when it happens, never a wrong answer.
   */
  static long hash(ByteBuffer content) {
    ByteBuffer bytes = content.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    int start = bytes.position();
    int length = bytes.remaining();
    long hash = mix(length * 0x9E3779B97F4A7C15L);
    if (length < Long.BYTES) {
      for (int i = start; i < bytes.limit(); i++) {
        hash = mix(hash ^ bytes.get(i));
      }
      return hash;
    }
    int last = length - Long.BYTES;
    for (int sample = 0; sample <= SAMPLES; sample++) {
      hash = mix(hash ^ bytes.getLong(start + (int) ((long) last * sample / SAMPLES)));
    }
    return hash;
  }

  private static long mix(long value) {
    long mixed = value * 0xFF51AFD7ED558CCDL;
    return mixed ^ (mixed >>> 32);
  }
}
