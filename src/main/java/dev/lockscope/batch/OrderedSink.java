package dev.lockscope.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Puts the records of inputs processed in parallel back into input order, with bounded memory.
 * Each input gets a {@link Slot} in input order; the oldest unfinished slot (the head) passes its
 * records straight to the target, later slots hold theirs until they become the head. A slot that
 * holds {@code slotLimit} characters makes its worker wait, and at most {@code window} slots are
 * open at once, so memory stays bounded whatever the corpus. Workers take inputs in order, so the
 * head's worker is always running and never waits: no deadlock.
 */
final class OrderedSink {

  private final Consumer<Rendered> target;
  private final int window;
  private final long slotLimit;
  private final ArrayDeque<Slot> open = new ArrayDeque<>();

  /** {@code target} is called under this sink's lock, one record at a time, in input order. */
  OrderedSink(Consumer<Rendered> target, int window, long slotLimit) {
    this.target = target;
    this.window = window;
    this.slotLimit = slotLimit;
  }

  /** The slot of the next input; waits while {@code window} slots are open. */
  synchronized Slot open() {
    while (open.size() >= window) {
      await();
    }
    Slot slot = new Slot();
    open.add(slot);
    return slot;
  }

  /** Waits until every slot is finished and written. */
  synchronized void drain() {
    while (!open.isEmpty()) {
      await();
    }
  }

  private void await() {
    try {
      wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while writing the batch output in order", e);
    }
  }

  /** Writes what the head holds, then moves past every finished slot at the head. */
  private void advance() {
    while (!open.isEmpty()) {
      Slot head = open.peek();
      head.held.forEach(target);
      head.held.clear();
      head.heldSize = 0;
      if (!head.finished) {
        break;
      }
      open.poll();
    }
    notifyAll();
  }

  /**
   * Where the worker of one chunk of inputs puts its records. They gather in the worker first,
   * {@link #PENDING_RECORDS} at a time, so that the sink's lock is taken once per batch of records.
   */
  final class Slot {

    private static final int PENDING_RECORDS = 64;

    private final List<Rendered> pending = new ArrayList<>();
    private final List<Rendered> held = new ArrayList<>();
    private long heldSize;
    private boolean finished;

    /** Passes {@code record} on in its turn; waits while this slot holds too much. */
    void put(Rendered record) {
      pending.add(record);
      if (pending.size() >= PENDING_RECORDS) {
        synchronized (OrderedSink.this) {
          passPending();
        }
      }
    }

    private void passPending() {
      for (Rendered record : pending) {
        while (open.peek() != this && heldSize >= slotLimit) {
          await();
        }
        if (open.peek() == this) {
          target.accept(record);
        } else {
          held.add(record);
          heldSize += record.size();
        }
      }
      pending.clear();
    }

    /** No more records come for this chunk. */
    void finish() {
      synchronized (OrderedSink.this) {
        passPending();
        finished = true;
        advance();
      }
    }
  }
}
