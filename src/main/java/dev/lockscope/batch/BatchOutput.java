package dev.lockscope.batch;

import dev.lockscope.ingest.IoErrors;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The output stream of the batch. A write error is an error of the command itself, not of an input:
 * it is kept, later writes are dropped, and {@link #close} reports it.
 */
final class BatchOutput implements AutoCloseable {

  private static final int BUFFER = 1 << 16;

  private final Writer writer;
  private final String name;
  private final boolean ownsWriter;
  private Optional<IOException> failure = Optional.empty();

  private BatchOutput(Writer writer, String name, boolean ownsWriter) {
    this.writer = writer;
    this.name = name;
    this.ownsWriter = ownsWriter;
  }

  /** The file {@code out} if given, else {@code stdout}. */
  static BatchOutput open(Optional<Path> out, Writer stdout) {
    if (out.isEmpty()) {
      return new BatchOutput(new BufferedWriter(stdout, BUFFER), "standard output", false);
    }
    try {
      return new BatchOutput(Files.newBufferedWriter(out.get(), StandardCharsets.UTF_8), out.get().toString(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(out.get() + ": cannot write: " + IoErrors.describe(e), e);
    }
  }

  void write(String text) {
    if (failure.isPresent() || text.isEmpty()) {
      return;
    }
    try {
      writer.write(text);
    } catch (IOException e) {
      failure = Optional.of(e);
    }
  }

  @Override
  public void close() {
    try {
      writer.flush();
      if (ownsWriter) {
        writer.close();
      }
    } catch (IOException e) {
      failure = failure.or(() -> Optional.of(e));
    }
    if (failure.isPresent()) {
      throw new UncheckedIOException(name + ": cannot write: " + IoErrors.describe(failure.get()), failure.get());
    }
  }
}
