package dev.lockscope.engine;

import java.util.Arrays;

/**
 * Lockdep's chain cache: the hashes of the held-lock chains already validated, so that the full
 * checks run only the first time a sequence of (class, read) is held in one irq context. An
 * open-addressing set of longs: one entry per distinct chain, no object per entry.
 */
final class ChainCache {

  private static final long EMPTY = 0L;
  private long[] slots = new long[1024];
  private int size;

  /** The chain key after one more held lock ({@code iterate_chain_key}), never {@link #EMPTY}. */
  static long iterate(long key, int classId, int read) {
    long h = key ^ (((long) read << 40) | classId);
    h *= 0x9E3779B97F4A7C15L;
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 29;
    return h == EMPTY ? 1 : h;
  }

  /** Adds a chain; true when it was new. */
  boolean add(long key) {
    int mask = slots.length - 1;
    int index = (int) (key ^ (key >>> 32)) & mask;
    while (slots[index] != EMPTY) {
      if (slots[index] == key) {
        return false;
      }
      index = (index + 1) & mask;
    }
    slots[index] = key;
    if (++size * 2 > slots.length) {
      grow();
    }
    return true;
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    Arrays.fill(slots, EMPTY);
    size = 0;
    for (long key : old) {
      if (key != EMPTY) {
        add(key);
      }
    }
  }
}
