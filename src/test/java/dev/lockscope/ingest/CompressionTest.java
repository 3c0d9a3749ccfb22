package dev.lockscope.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lockscope.SharedFiles;
import dev.lockscope.cli.CliRun;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** gzip is recognised by its magic bytes, whatever the input is called, on standard input too. */
class CompressionTest {

  private static final byte[] SEED = SharedFiles.read(SharedFiles.seed()).getBytes(StandardCharsets.UTF_8);

  private static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buffer)) {
      out.write(plain);
    }
    return buffer.toByteArray();
  }

  private static byte[] read(byte[] stored) throws IOException {
    try (InputStream in = Compression.decompressed(new ByteArrayInputStream(stored))) {
      return in.readAllBytes();
    }
  }

  @Test
  void gzipBytesAreGunzipped() throws IOException {
    assertArrayEquals(SEED, read(gzip(SEED)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "\u001f", "\u001f\u008a plain", "plain text\n"})
  void anythingElseIsReadAsItIs(String text) throws IOException {
    byte[] plain = text.getBytes(StandardCharsets.ISO_8859_1);
    assertArrayEquals(plain, read(plain));
  }

  @Test
  void theMagicBytesAloneAreABrokenGzipStream() {
    assertThrows(ZipException.class, () -> read(new byte[] {0x1f, (byte) 0x8b, 0, 0}));
  }

  @Test
  void checkReadsGzipOnStandardInput() throws IOException {
    CliRun plain = CliRun.withStdin(SEED, "check", "--format", "json", "-");
    CliRun zipped = CliRun.withStdin(gzip(SEED), "check", "--format", "json", "-");
    assertEquals(0, plain.code(), plain.err());
    assertEquals(plain.out(), zipped.out());
  }

  @Test
  void aGzippedFileIsReadWhateverItsName(@TempDir Path temp) throws IOException {
    Path named = Files.write(temp.resolve("seed.log"), gzip(SEED));
    Path plain = Files.write(temp.resolve("plain.gz"), SEED);
    String expected = CliRun.of("check", "--format", "json", SharedFiles.seed().toString()).out();
    String source = "\"source\":\"" + SharedFiles.seed() + "\"";
    assertEquals(expected, CliRun.of("check", "--format", "json", named.toString()).out().replace("\"source\":\"" + named + "\"", source));
    assertEquals(expected, CliRun.of("check", "--format", "json", plain.toString()).out().replace("\"source\":\"" + plain + "\"", source));
  }
}
