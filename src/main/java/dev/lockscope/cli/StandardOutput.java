package dev.lockscope.cli;

import dev.lockscope.ingest.OutputFailure;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The process's standard output as the commands write it: UTF-8, buffered, and able to tell why a
 * write failed ({@code System.out} and a {@link PrintWriter} only keep that one did), so that a
 * full disk is one clear line and a closed pipe ends the command at once.
 */
final class StandardOutput extends PrintWriter {

  private static final int BUFFER = 1 << 16;

  private final Recorder recorder;
  private boolean failureThrown;

  private StandardOutput(Recorder recorder) {
    super(new BufferedWriter(new OutputStreamWriter(recorder, StandardCharsets.UTF_8), BUFFER));
    this.recorder = recorder;
  }

  /** A writer on file descriptor 1. */
  static StandardOutput open() {
    return new StandardOutput(new Recorder(new FileOutputStream(FileDescriptor.out)));
  }

  /**
   * Standard output as a writer whose writes throw when they fail, for a command that buffers and
   * handles failures itself (batch); what this writer holds is written first.
   */
  Writer failing() {
    flush();
    return new OutputStreamWriter(recorder, StandardCharsets.UTF_8);
  }

  /**
   * Flushes {@code out} and throws {@link OutputFailure} if a write to it failed, once: the
   * failure is one line, however often it is looked for.
   */
  static void flush(PrintWriter out) {
    if (!out.checkError()) {
      return;
    }
    IOException cause = new IOException("write error");
    if (out instanceof StandardOutput standard) {
      if (standard.failureThrown) {
        return;
      }
      standard.failureThrown = true;
      cause = standard.recorder.failure.orElse(cause);
    }
    throw new OutputFailure("standard output", cause);
  }

  /** Passes bytes on and keeps the first failure. */
  private static final class Recorder extends FilterOutputStream {

    private Optional<IOException> failure = Optional.empty();

    Recorder(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      try {
        out.write(bytes, offset, length);
      } catch (IOException e) {
        failure = failure.or(() -> Optional.of(e));
        throw e;
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        out.flush();
      } catch (IOException e) {
        failure = failure.or(() -> Optional.of(e));
        throw e;
      }
    }
  }
}
