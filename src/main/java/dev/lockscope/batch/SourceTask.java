package dev.lockscope.batch;

import dev.lockscope.ingest.Compression;
import dev.lockscope.ingest.IoErrors;
import dev.lockscope.ingest.StreamingLocator;
import dev.lockscope.verify.InternalErrors;
import dev.lockscope.verify.Pipeline;
import dev.lockscope.verify.Verification;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Reads one input in a worker and puts a rendered record per report (or one saying there is none,
 * or one with the error) into the input's slot. A small regular file is read whole into the
 * worker's buffer and analyzed in place, skipped at once when no header key occurs in it; any other
 * input is streamed, holding only the lines of the reports being read. A file met in a directory
 * walk is read only if it is a regular file. Nothing it meets stops the batch.
 */
final class SourceTask {

  /** Inputs up to this size are read whole (and a gzipped one then streamed through gunzip); larger ones are streamed. */
  private static final int WHOLE_FILE_BYTES = 4 << 20;

  private final Pipeline pipeline;
  private final RecordRenderer renderer;
  private final Progress progress;
  private final BooleanSupplier stop;
  private final ThreadLocal<byte[]> wholeFile = ThreadLocal.withInitial(() -> new byte[WHOLE_FILE_BYTES]);

  /** {@code stop} says when reading on is for nobody (the output has failed). */
  SourceTask(Pipeline pipeline, RecordRenderer renderer, Progress progress, BooleanSupplier stop) {
    this.pipeline = pipeline;
    this.renderer = renderer;
    this.progress = progress;
    this.stop = stop;
  }

  /** Reads {@code inputs} in turn, their records going to {@code slot}, unless told to stop. */
  void run(List<Input> inputs, OrderedSink.Slot slot) {
    try {
      for (Input input : inputs) {
        if (stop.getAsBoolean()) {
          break;
        }
        run(input, slot);
      }
    } finally {
      slot.finish();
    }
  }

  private void run(Input input, OrderedSink.Slot slot) {
    if (input instanceof Input.File file) {
      read(file, slot);
    } else {
      Input.Failed failed = (Input.Failed) input;
      slot.put(renderer.error(failed.name(), failed.error()));
      slot.put(RecordRenderer.end(failed.name(), 0));
    }
    progress.fileDone();
  }

  private void read(Input.File file, OrderedSink.Slot slot) {
    String source = file.name();
    Counting counted = new Counting(progress);
    Reports reports = new Reports(source, slot);
    try {
      BasicFileAttributes attributes = Files.readAttributes(file.path(), BasicFileAttributes.class);
      if (file.walked() && !attributes.isRegularFile()) {
        slot.put(renderer.error(source, notRead(attributes)));
      } else {
        read(file, attributes, counted, reports);
        if (reports.count == 0) {
          slot.put(renderer.noReport(source));
        }
      }
    } catch (IOException e) {
      slot.put(renderer.error(source, IoErrors.describe(e)));
    } catch (UncheckedIOException e) {
      slot.put(renderer.error(source, IoErrors.describe(e.getCause())));
    } catch (RuntimeException | StackOverflowError e) {
      InternalErrors.caught(e);
      slot.put(renderer.internalError(source, e));
    }
    slot.put(RecordRenderer.end(source, counted.bytes));
  }

  /**
   * A small regular file is read whole ({@code size} bytes, without a read to find its end) and
   * analyzed in place unless it is gzipped; anything else is streamed, an empty-looking file too
   * ({@code /proc} files say 0 bytes).
   */
  private void read(Input.File file, BasicFileAttributes attributes, Counting counted, Reports reports) throws IOException {
    try (FileChannel channel = FileChannel.open(file.path())) {
      long size = attributes.size();
      if (attributes.isRegularFile() && size > 0 && size <= WHOLE_FILE_BYTES) {
        byte[] content = wholeFile.get();
        int length = readWhole(channel, content, (int) size);
        counted.count(length);
        if (Compression.isGzip(content, length)) {
          stream(Compression.decompressed(new ByteArrayInputStream(content, 0, length)), reports);
        } else if (StreamingLocator.mayHoldReport(content, length)) {
          pipeline.run(content, length, reports::put);
        }
      } else {
        stream(Compression.decompressed(counted.wrap(Channels.newInputStream(channel))), reports);
      }
    }
  }

  private static String notRead(BasicFileAttributes attributes) {
    return attributes.isDirectory()
        ? "not read: a directory reached through a symbolic link is not walked"
        : "not read: not a regular file (a FIFO, socket or device met in a directory is skipped)";
  }

  private void stream(InputStream in, Reports reports) throws IOException {
    try (in) {
      pipeline.run(in, reports::put);
    }
  }

  /**
   * Reads the first {@code size} bytes of a file into {@code buffer} and returns how many it held
   * (fewer if it shrank since it was looked at).
   */
  private static int readWhole(FileChannel channel, byte[] buffer, int size) throws IOException {
    ByteBuffer into = ByteBuffer.wrap(buffer, 0, size);
    while (into.hasRemaining() && channel.read(into) >= 0) {
      // read until the size is reached or the file ends
    }
    return into.position();
  }

  /** The reports of one input, put into its slot as they come. */
  private final class Reports {

    private final String source;
    private final OrderedSink.Slot slot;
    private int count;

    Reports(String source, OrderedSink.Slot slot) {
      this.source = source;
      this.slot = slot;
    }

    void put(Verification verified) {
      slot.put(renderer.report(source, count, verified));
      count++;
      progress.reportFound();
    }
  }

  /** Counts the bytes read from a file, for the summary and the progress bar. */
  private static final class Counting {

    private final Progress progress;
    private long bytes;

    Counting(Progress progress) {
      this.progress = progress;
    }

    InputStream wrap(InputStream in) {
      return new FilterInputStream(in) {
        @Override
        public int read() throws IOException {
          int b = super.read();
          count(b < 0 ? -1 : 1);
          return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
          int n = super.read(buffer, offset, length);
          count(n);
          return n;
        }
      };
    }

    void count(int n) {
      if (n > 0) {
        bytes += n;
        progress.bytesRead(n);
      }
    }
  }
}
