package dev.lockscope.batch;

import dev.lockscope.SharedFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/** Inputs for the batch tests, built in a temporary directory from the shared seed and corpus. */
final class TestLogs {

  /** A complete, CONFIRMED circular-dependency report of the corpus. */
  static final Path GOOD_REPORT = BatchRuns.corpus().resolve("syzkaller/syz-linux-report-185.txt");

  private static final String[] CONSOLE_NOISE = {
    "usb 1-1: new high-speed USB device number 3 using xhci_hcd",
    "EXT4-fs (sda1): mounted filesystem with ordered data mode. Opts: (null)",
    "audit: type=1400 audit(1690000000.123:42): apparmor=\"STATUS\" operation=\"profile_load\" name=\"lsb_release\"",
    "IPv6: ADDRCONF(NETDEV_CHANGE): eth0: link becomes ready",
    "systemd[1]: Started Journal Service.",
    "random: crng init done",
    "loop0: detected capacity change from 0 to 8",
    "netdevsim netdevsim0 netdevsim1: set [1, 0] type 2 family 0 port 6081 - 0",
    "kworker/u4:2 (1234): drop_caches: 1",
    "sd 0:0:0:0: [sda] Write cache: enabled, read cache: enabled, doesn't support DPO or FUA",
  };

  private TestLogs() {}

  /** The seed: a syzbot bisection log ending in a CONFIRMED inconsistent-lock-state report. */
  static String seed() {
    return SharedFiles.read(SharedFiles.seed());
  }

  /** The seed with a context tuple that contradicts its usage pair: CONTRADICTED. */
  static String contradictedSeed() {
    return seed().replace("SC1[1]", "SC0[0]");
  }

  static Path write(Path directory, String name, String text) throws IOException {
    return Files.writeString(directory.resolve(name), text, StandardCharsets.UTF_8);
  }

  static Path write(Path directory, String name, byte[] bytes) throws IOException {
    return Files.write(directory.resolve(name), bytes);
  }

  /** Every line of {@code text} with the prefix {@code prefixOfLine} gives its 1-based number. */
  static String prefixed(String text, IntFunction<String> prefixOfLine) {
    String[] lines = text.split("\n", -1);
    StringBuilder out = new StringBuilder(text.length() * 2);
    for (int i = 0; i < lines.length; i++) {
      if (i == lines.length - 1 && lines[i].isEmpty()) {
        break;
      }
      out.append(prefixOfLine.apply(i + 1)).append(lines[i]).append('\n');
    }
    return out.toString();
  }

  /** {@code text} as the kernel console prints it: {@code [  12.345678] } before every line. */
  static String timestamped(String text) {
    return prefixed(text, n -> String.format(Locale.ROOT, "[%5d.%06d] ", 12, 345678 + n));
  }

  /** {@code text} as syslog keeps it: date, host and {@code kernel:} before every line. */
  static String syslogged(String text) {
    return prefixed(text, n -> String.format(Locale.ROOT, "Nov 24 16:15:%02d buildbot kernel: ", n % 60));
  }

  /** The first {@code count} lines of {@code text}. */
  static String firstLines(String text, int count) {
    return text.lines().limit(count).map(line -> line + "\n").collect(Collectors.joining());
  }

  /** {@code count} random bytes, NULs included, the same every run. */
  static byte[] binary(int count) {
    byte[] bytes = new byte[count];
    new Random(count).nextBytes(bytes);
    for (int i = 0; i < count; i += 997) {
      bytes[i] = 0;
    }
    return bytes;
  }

  static byte[] gzip(byte[] plain) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(buffer)) {
      out.write(plain);
    }
    return buffer.toByteArray();
  }

  /** A gzip member header (magic, deflate, no flags) followed by junk that is not a deflate stream. */
  static byte[] gzipHeaderThenJunk() {
    byte[] junk = binary(4096);
    byte[] header = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};
    System.arraycopy(header, 0, junk, 0, header.length);
    junk[header.length] = (byte) 0xff;
    return junk;
  }

  /**
   * Writes console noise of at least {@code minBytes} to {@code file}, then {@code tail}; returns how
   * many lines of noise come before the tail.
   */
  static int consoleNoiseThen(Path file, long minBytes, String tail) throws IOException {
    StringBuilder block = new StringBuilder();
    int blockLines = 1000;
    for (int i = 0; i < blockLines; i++) {
      block.append(String.format(Locale.ROOT, "[%5d.%06d] %s\n", 100 + i / 100, i * 997 % 1_000_000,
          CONSOLE_NOISE[i % CONSOLE_NOISE.length]));
    }
    String noise = block.toString();
    int lines = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (long written = 0; written < minBytes; written += noise.length()) {
        out.write(noise);
        lines += blockLines;
      }
      out.write(tail);
    }
    return lines;
  }
}
