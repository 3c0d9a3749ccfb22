package dev.lockscope.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Chunks keep input order, start small so a few inputs spread over workers, and grow to a cap. */
class ChunkerTest {

  @Test
  void chunksDoubleUpToTheCapAndKeepEveryInputInOrder() {
    List<List<Input>> chunks = new ArrayList<>();
    Chunker chunker = new Chunker(chunks::add);
    List<Input> inputs = IntStream.range(0, 300).<Input>mapToObj(i -> new Input.File("f" + i, Path.of("f" + i), true)).toList();
    inputs.forEach(chunker);
    chunker.flush();
    assertEquals(List.of(1, 2, 4, 8, 16, 32, 64, 64, 64, 45), chunks.stream().map(List::size).toList());
    assertEquals(inputs, chunks.stream().flatMap(List::stream).toList());
  }
}
