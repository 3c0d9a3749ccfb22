package dev.lockscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Turns any bytes into text: invalid UTF-8 becomes U+FFFD and control characters other than tab
 * and line breaks are dropped, so binary junk can never break the line grammar. A whole input at
 * once ({@link #decode}) or line by line from a stream ({@link #forEachLine}), with the same
 * result: a line feed byte never occurs inside a UTF-8 sequence, so each line decodes alone.
 */
public final class InputDecoder {

  /**
   * A streamed line longer than this many bytes is cut there and the rest of it skipped, so one
   * line of binary junk cannot take all memory; no lockdep line is near that long.
   */
  public static final int MAX_LINE_BYTES = 1 << 20;

  private static final int BUFFER_BYTES = 1 << 16;

  private InputDecoder() {}

  public static String decode(byte[] bytes) {
    return decode(newDecoder(), ByteBuffer.wrap(bytes));
  }

  /**
   * Reads {@code in} to its end and hands every line to {@code line}, decoded like
   * {@link #decode}, without its line feed; a last line without a line feed counts when it is not
   * empty.
   */
  public static void forEachLine(InputStream in, Consumer<String> line) throws IOException {
    new LineSplitter(in, line).run();
  }

  /**
   * Hands every line of the first {@code length} bytes of {@code input} to {@code line}, as
   * {@link #forEachLine(InputStream, Consumer)} does, without copying them.
   */
  public static void forEachLine(byte[] input, int length, Consumer<String> line) {
    try {
      new LineSplitter(input, length, line).run();
    } catch (IOException e) {
      throw new IllegalStateException("bytes in memory cannot fail to read", e);
    }
  }

  private static CharsetDecoder newDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE);
  }

  private static String decode(CharsetDecoder decoder, ByteBuffer bytes) {
    try {
      return dropControlCharacters(decoder.decode(bytes).toString());
    } catch (CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder cannot fail", e);
    }
  }

  private static String dropControlCharacters(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t';
      if (control && out == null) {
        out = new StringBuilder(text.length());
        out.append(text, 0, i);
      } else if (!control && out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /** Splits a byte stream into lines in one growing buffer; plain ASCII lines skip the decoder. */
  private static final class LineSplitter {

    private final InputStream in;
    private final Consumer<String> line;
    private final CharsetDecoder decoder = newDecoder();
    /** The whole input is in the buffer, which belongs to the caller: never moved, never refilled. */
    private final boolean whole;
    private byte[] buffer;
    private int start;
    private int end;
    private boolean skippingRest;

    LineSplitter(InputStream in, Consumer<String> line) {
      this.in = in;
      this.line = line;
      this.whole = false;
      this.buffer = new byte[BUFFER_BYTES];
    }

    LineSplitter(byte[] input, int length, Consumer<String> line) {
      this.in = InputStream.nullInputStream();
      this.line = line;
      this.whole = true;
      this.buffer = input;
      this.end = length;
    }

    void run() throws IOException {
      while (true) {
        int feed = indexOfLineFeed();
        if (feed >= 0) {
          emit(feed);
          start = feed + 1;
          skippingRest = false;
        } else if (!fill()) {
          if (end > start && !skippingRest) {
            emit(end);
          }
          return;
        }
      }
    }

    private int indexOfLineFeed() {
      for (int i = start; i < end; i++) {
        if (buffer[i] == '\n') {
          return i;
        }
      }
      return -1;
    }

    private void emit(int stop) {
      if (!skippingRest) {
        line.accept(text(buffer, start, Math.min(stop - start, MAX_LINE_BYTES)));
      }
    }

    /** Reads more bytes, making room first; false at the end of the stream. */
    private boolean fill() throws IOException {
      if (end - start >= MAX_LINE_BYTES && !skippingRest) {
        emit(end);
        skippingRest = true;
      }
      if (skippingRest) {
        start = end;
      }
      if (whole) {
        return false;
      }
      System.arraycopy(buffer, start, buffer, 0, end - start);
      end -= start;
      start = 0;
      if (end == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
      }
      int read = in.read(buffer, end, buffer.length - end);
      if (read < 0) {
        return false;
      }
      end += read;
      return true;
    }

    private String text(byte[] bytes, int offset, int length) {
      for (int i = offset; i < offset + length; i++) {
        byte b = bytes[i];
        if (b < 0x20 && b != '\t' && b != '\r') {
          return decode(decoder, ByteBuffer.wrap(bytes, offset, length));
        }
      }
      return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }
  }
}
