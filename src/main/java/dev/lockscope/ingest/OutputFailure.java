package dev.lockscope.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A write to the command's own output failed: a full disk, a closed pipe. An error of the command,
 * never of an input; said in one line, or not at all when the reader of a pipe is gone (as
 * {@code lockscope batch DIR | head -1} wants).
 */
public final class OutputFailure extends UncheckedIOException {

  private static final long serialVersionUID = 1L;

  /** {@code target} names the output: {@code standard output} or the file. */
  public OutputFailure(String target, IOException cause) {
    super(target + ": cannot write: " + IoErrors.describe(cause), cause);
  }

  /**
   * Whether the output is a pipe whose reader has gone ({@code EPIPE}): the reader wanted no more,
   * so there is nothing to tell it.
   */
  public boolean readerGone() {
    String message = getCause().getMessage();
    return message != null && message.contains("Broken pipe");
  }
}
