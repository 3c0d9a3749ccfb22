package dev.lockscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;

/**
 * Inputs stored gzip-compressed, read through gunzip by every command: recognised by gzip's magic
 * bytes ({@code 0x1f 0x8b}), whatever the input's name, on standard input too.
 */
public final class Compression {

  private static final int GZIP_BUFFER = 1 << 16;
  private static final byte MAGIC_FIRST = 0x1f;
  private static final byte MAGIC_SECOND = (byte) 0x8b;

  private Compression() {}

  /** Whether the first {@code length} bytes of {@code bytes} start like a gzip stream. */
  public static boolean isGzip(byte[] bytes, int length) {
    return length >= 2 && bytes[0] == MAGIC_FIRST && bytes[1] == MAGIC_SECOND;
  }

  /** The bytes {@code stored} holds: gunzipped when they start with gzip's magic bytes, else as they are. */
  public static InputStream decompressed(InputStream stored) throws IOException {
    PushbackInputStream in = new PushbackInputStream(stored, 2);
    byte[] start = in.readNBytes(2);
    in.unread(start);
    return isGzip(start, start.length) ? new GZIPInputStream(in, GZIP_BUFFER) : in;
  }
}
