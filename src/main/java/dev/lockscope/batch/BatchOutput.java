package dev.lockscope.batch;

import dev.lockscope.ingest.IoErrors;
import dev.lockscope.ingest.OutputFailure;
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
 * it is kept, later writes are dropped, {@link #failed} tells the batch to stop reading, and
 * {@link #close} reports it. Records are written whole, one at a time, so that {@link #interrupt}
 * (a signal) can end the output after the last whole record with a line saying so.
 */
final class BatchOutput implements AutoCloseable {

  private static final int BUFFER = 1 << 16;
  /**
   * Standard output is flushed more often: a pipe whose reader has gone ({@code | head -1}) is only
   * seen by a write, and the batch should stop soon after, not a 64 KiB buffer later.
   */
  private static final int STDOUT_BUFFER = 1 << 13;

  private final Writer writer;
  private final String name;
  private final boolean ownsWriter;
  private volatile Optional<IOException> failure = Optional.empty();
  private boolean interrupted;
  private long files;

  private BatchOutput(Writer writer, String name, boolean ownsWriter) {
    this.writer = writer;
    this.name = name;
    this.ownsWriter = ownsWriter;
  }

  /** The file {@code out} if given, else {@code stdout}. */
  static BatchOutput open(Optional<Path> out, Writer stdout) {
    if (out.isEmpty()) {
      return new BatchOutput(new BufferedWriter(stdout, STDOUT_BUFFER), "standard output", false);
    }
    try {
      return new BatchOutput(Files.newBufferedWriter(out.get(), StandardCharsets.UTF_8), out.get().toString(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(out.get() + ": cannot write: " + IoErrors.describe(e), e);
    }
  }

  /** Writes a record's output; counts the inputs whose records are all written. */
  synchronized void write(Rendered rendered) {
    write(rendered.output());
    if (rendered.record() instanceof FileRecord.End) {
      files++;
    }
  }

  synchronized void write(String text) {
    if (failure.isPresent() || interrupted || text.isEmpty()) {
      return;
    }
    try {
      writer.write(text);
    } catch (IOException e) {
      failure = Optional.of(e);
    }
  }

  /** Whether a write failed: nothing more can be written, so nothing more needs to be read. */
  boolean failed() {
    return failure.isPresent();
  }

  /**
   * Ends the output at once, after the last whole record, with {@code line} (given the number of
   * inputs whose records are all written); later writes are dropped. For a signal that stops the
   * process: nothing but this may run after it.
   */
  synchronized void interrupt(java.util.function.LongFunction<String> line) {
    write(line.apply(files));
    interrupted = true;
    try {
      writer.flush();
    } catch (IOException e) {
      // the process is stopping; there is nobody left to tell
    }
  }

  @Override
  public synchronized void close() {
    try {
      writer.flush();
      if (ownsWriter) {
        writer.close();
      }
    } catch (IOException e) {
      failure = failure.or(() -> Optional.of(e));
    }
    if (failure.isPresent()) {
      throw new OutputFailure(name, failure.get());
    }
  }
}
