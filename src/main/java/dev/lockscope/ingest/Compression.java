package dev.lockscope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Inputs stored compressed: a name ending in {@code .gz} is read through gunzip, by every command. */
public final class Compression {

  private static final int GZIP_BUFFER = 1 << 16;

  private Compression() {}

  public static boolean isCompressed(String name) {
    return name.endsWith(".gz");
  }

  /** The bytes of the input named {@code name} whose stored bytes are {@code stored}. */
  public static InputStream decompressed(String name, InputStream stored) throws IOException {
    return isCompressed(name) ? new GZIPInputStream(stored, GZIP_BUFFER) : stored;
  }
}
