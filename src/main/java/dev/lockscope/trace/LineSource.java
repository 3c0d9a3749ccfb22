package dev.lockscope.trace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lines of a UTF-8 stream, fast: bytes are scanned for line ends in a large buffer and a line of
 * ASCII (every line of a generated trace) becomes a String by a copy, without a decoder. A line
 * with other bytes is decoded as UTF-8; a trailing '\r' is dropped.
 */
final class LineSource {

  /** The longest line read: past it the input is not a trace (or not text). */
  static final int MAX_LINE = 1 << 24;

  private final InputStream in;
  private byte[] buffer = new byte[1 << 16];
  private int start;
  private int end;
  private boolean eof;

  LineSource(InputStream in) {
    this.in = in;
  }

  /** What is done with each line: the line and its number, from 1. */
  interface LineConsumer {
    void accept(String line, int number);
  }

  /** Hands every line of {@code in} on with its number; an I/O error names {@code source}. */
  static void forEach(String source, InputStream in, LineConsumer consumer) {
    try {
      LineSource lines = new LineSource(in);
      String line;
      int number = 0;
      while ((line = lines.next()) != null) {
        consumer.accept(line, ++number);
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** The next line, or null at the end of the stream. */
  String next() throws IOException {
    while (true) {
      boolean ascii = true;
      for (int i = start; i < end; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          String line = line(start, i, ascii);
          start = i + 1;
          return line;
        }
        ascii &= b >= 0;
      }
      if (eof) {
        if (start == end) {
          return null;
        }
        String line = line(start, end, false);
        start = end;
        return line;
      }
      fill();
    }
  }

  private String line(int from, int to, boolean ascii) {
    int length = to - from;
    if (length > 0 && buffer[to - 1] == '\r') {
      length--;
    }
    return new String(buffer, from, length, ascii ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
  }

  private void fill() throws IOException {
    if (start > 0) {
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
    }
    if (end == buffer.length) {
      if (buffer.length >= MAX_LINE) {
        throw new IOException("a line longer than " + (MAX_LINE >> 20) + " MB: not a trace");
      }
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    }
    int read = in.read(buffer, end, buffer.length - end);
    if (read < 0) {
      eof = true;
    } else {
      end += read;
    }
  }
}
