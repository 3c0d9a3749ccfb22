package dev.lockscope.batch;

import dev.lockscope.verify.Pipeline;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads one input in a worker: streams it through the pipeline and puts a rendered record per
 * report (or one saying there is none, or one with the error) into the input's slot. Nothing it
 * meets stops the batch.
 */
final class SourceTask {

  private static final int GZIP_BUFFER = 1 << 16;

  private final Pipeline pipeline;
  private final RecordRenderer renderer;
  private final Progress progress;

  SourceTask(Pipeline pipeline, RecordRenderer renderer, Progress progress) {
    this.pipeline = pipeline;
    this.renderer = renderer;
    this.progress = progress;
  }

  void run(Input input, OrderedSink.Slot slot) {
    try {
      if (input instanceof Input.File file) {
        read(file, slot);
      } else {
        Input.Failed failed = (Input.Failed) input;
        slot.put(renderer.error(failed.name(), failed.error()));
        slot.put(RecordRenderer.end(failed.name(), 0));
      }
    } finally {
      slot.finish();
      progress.fileDone();
    }
  }

  private void read(Input.File file, OrderedSink.Slot slot) {
    String source = file.name();
    Counting counted = new Counting(progress);
    int[] reports = {0};
    try (InputStream in = open(file.path(), counted)) {
      pipeline.run(in, v -> {
        slot.put(renderer.report(source, reports[0]++, v));
        progress.reportFound();
      });
      if (reports[0] == 0) {
        slot.put(renderer.noReport(source));
      }
    } catch (IOException e) {
      slot.put(renderer.error(source, IoErrors.describe(e)));
    } catch (UncheckedIOException e) {
      slot.put(renderer.error(source, IoErrors.describe(e.getCause())));
    } catch (RuntimeException e) {
      slot.put(renderer.error(source, "internal error: " + e));
    }
    slot.put(RecordRenderer.end(source, counted.bytes));
  }

  /** The file's bytes, decompressed when its name ends in {@code .gz}; {@code counted} sees the file's own bytes. */
  private static InputStream open(Path path, Counting counted) throws IOException {
    InputStream raw = counted.wrap(Files.newInputStream(path));
    return path.toString().endsWith(".gz")
        ? new GZIPInputStream(raw, GZIP_BUFFER)
        : raw;
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

    private void count(int n) {
      if (n > 0) {
        bytes += n;
        progress.bytesRead(n);
      }
    }
  }
}
