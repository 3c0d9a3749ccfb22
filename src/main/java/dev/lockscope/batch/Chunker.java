package dev.lockscope.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Groups consecutive inputs into chunks that one worker reads in turn, so that handing work out
 * and putting it back in order costs once per chunk, not once per small file. The first chunk has
 * one input and each next one twice as many, up to {@link #MAX_INPUTS}: a handful of inputs (large
 * logs, say) still spreads over every worker, a corpus of many soon goes in large chunks.
 */
final class Chunker implements Consumer<Input> {

  static final int MAX_INPUTS = 64;

  private final Consumer<List<Input>> out;
  private List<Input> chunk = new ArrayList<>();
  private int size = 1;

  Chunker(Consumer<List<Input>> out) {
    this.out = out;
  }

  @Override
  public void accept(Input input) {
    chunk.add(input);
    if (chunk.size() >= size) {
      flush();
      size = Math.min(MAX_INPUTS, size * 2);
    }
  }

  /** Hands on the inputs not yet handed on. */
  void flush() {
    if (!chunk.isEmpty()) {
      out.accept(List.copyOf(chunk));
      chunk = new ArrayList<>();
    }
  }
}
