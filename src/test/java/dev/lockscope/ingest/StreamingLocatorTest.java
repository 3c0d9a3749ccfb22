package dev.lockscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The streaming locator finds exactly what the whole-text locator finds. */
class StreamingLocatorTest {

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> oracle = Files.list(SharedFiles.shared().resolve("oracle/logs"))) {
      return Stream.concat(
          Stream.concat(SharedFiles.corpusFiles().stream(), Stream.of(SharedFiles.seed())),
          oracle.sorted().toList().stream());
    }
  }

  private static List<LocatedReport> whole(byte[] input) {
    return ReportLocator.locate(ConsoleNormalizer.normalize(InputDecoder.decode(input)));
  }

  private static List<LocatedReport> streamed(byte[] input) {
    List<LocatedReport> found = new ArrayList<>();
    try {
      StreamingLocator.locate(new ByteArrayInputStream(input), found::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void everyCorpusAndOracleFileGivesTheSameReports(Path input) throws IOException {
    byte[] bytes = Files.readAllBytes(input);
    List<LocatedReport> expected = whole(bytes);
    assertEquals(expected, streamed(bytes));
  }

  @Test
  void interleavedCallersAndRepeatedHeadersGiveTheSameReports() throws IOException {
    List<String> a = lines(SharedFiles.seed());
    List<String> b = lines(SharedFiles.corpusFiles().get(5));
    Random random = new Random(7);
    for (int round = 0; round < 40; round++) {
      StringBuilder mixed = new StringBuilder();
      int i = 0;
      int j = 0;
      while (i < a.size() || j < b.size()) {
        boolean fromA = j >= b.size() || (i < a.size() && random.nextInt(3) > 0);
        String caller = fromA ? "[ T12]" : (random.nextInt(5) == 0 ? "" : "[  C1]");
        mixed.append("[  1.000] ").append(caller).append(fromA ? a.get(i++) : b.get(j++)).append('\n');
      }
      byte[] input = mixed.toString().getBytes(StandardCharsets.UTF_8);
      assertEquals(whole(input), streamed(input), "round " + round);
    }
  }

  @Test
  void theLineCapEndsAReportAtTheSamePlace() {
    StringBuilder text = new StringBuilder("WARNING: possible recursive locking detected\n");
    for (int i = 0; i < StreamingLocator.MAX_REPORT_LINES + 50; i++) {
      text.append(i % 7 == 0 ? "[ T2] foreign\n" : " frame+0x1/0x2\n");
    }
    text.append("WARNING: possible recursive locking detected\nend\n");
    byte[] input = text.toString().getBytes(StandardCharsets.UTF_8);
    List<LocatedReport> expected = whole(input);
    assertEquals(2, expected.size());
    assertEquals(StreamingLocator.MAX_REPORT_LINES, expected.get(0).lines().size());
    assertEquals(expected, streamed(input));
  }

  @Test
  void aJournalContinuationBeforeAHeaderIsKeptWhileLinesArePassedOver() {
    String text = "Jul 10 10:00:00 box kernel: booting\n"
        + "                            some line\n"
        + "                            WARNING: possible recursive locking detected\n"
        + "                              indented frame\n";
    byte[] input = text.getBytes(StandardCharsets.UTF_8);
    assertEquals(whole(input), streamed(input));
    assertEquals("  indented frame", streamed(input).get(0).lines().get(1).text());
  }

  @Test
  void lineByLineDecodingEqualsWholeDecoding() throws IOException {
    Random random = new Random(11);
    byte[] alphabet = {'a', ' ', '\n', '\r', '\t', 0, 7, (byte) 0xe2, (byte) 0x82, (byte) 0xac, (byte) 0xff, (byte) 0xc3, (byte) 0xa9};
    for (int round = 0; round < 500; round++) {
      byte[] bytes = new byte[random.nextInt(200)];
      for (int k = 0; k < bytes.length; k++) {
        bytes[k] = alphabet[random.nextInt(alphabet.length)];
      }
      String whole = InputDecoder.decode(bytes);
      List<String> expected = new ArrayList<>(List.of(whole.split("\n", -1)));
      if (bytes.length == 0 || bytes[bytes.length - 1] == '\n') {
        expected.remove(expected.size() - 1);
      }
      List<String> lines = new ArrayList<>();
      InputDecoder.forEachLine(new ByteArrayInputStream(bytes), lines::add);
      assertEquals(expected, lines, "round " + round);
    }
  }

  @Test
  void anOverlongLineIsCutAndTheNextLineStillCounts() throws IOException {
    byte[] bytes = new byte[InputDecoder.MAX_LINE_BYTES * 3 + 10];
    java.util.Arrays.fill(bytes, (byte) 'x');
    bytes[bytes.length - 3] = '\n';
    List<String> lines = new ArrayList<>();
    InputDecoder.forEachLine(new ByteArrayInputStream(bytes), lines::add);
    assertEquals(List.of("x".repeat(InputDecoder.MAX_LINE_BYTES), "xx"), lines);
  }

  @Test
  void headerKeysComeFromTheHeaderPatterns() {
    HeaderIndex index = new HeaderIndex(ReportKind.values());
    assertTrue(index.keys().containsAll(List.of("WARNING:", "INFO:", "BUG:", "pin count")), index.keys().toString());
    assertEquals("INFO: trying to register non-static key", HeaderIndex.literalPrefix("INFO: trying to register non-static key\\.?"));
    assertEquals("[ INFO: ", HeaderIndex.literalPrefix("\\[ INFO: [A-Za-z_]+ lock"));
    assertEquals("INFO:", HeaderIndex.key("[ INFO: "));
    assertEquals("lockdep bfs", HeaderIndex.key("lockdep bfs error:"));
    assertTrue(ReportKind.mayContainHeader("<4>[ 1.0] WARNING: inconsistent lock state"));
    assertFalse(ReportKind.mayContainHeader(" dump_stack+0x1/0x2"));
  }

  @Test
  void noStackFrameOfTheCorpusPassesThePrefilter() {
    List<String> frames = SharedFiles.corpusFiles().stream()
        .flatMap(file -> lines(file).stream())
        .filter(line -> line.matches("\\s*(>\\s*)*(\\[[^]]*]\\s*)*(\\? )?[\\w.]+\\+0x\\p{XDigit}+/0x\\p{XDigit}+.*"))
        .toList();
    assertTrue(frames.size() > 1000, "frames found: " + frames.size());
    List<String> passed = frames.stream().filter(ReportKind::mayContainHeader)
        .toList();
    assertEquals(List.of(), passed);
  }

  private static List<String> lines(Path path) {
    return SharedFiles.read(path).lines().toList();
  }

  @Test
  void aWarnAtLockdepIsALockdepInternalReportAndOneWithItsMessage() {
    String warn = "WARNING: CPU: 0 PID: 5 at kernel/locking/lockdep.c:232 hlock_class+0x10/0x20\n";
    String message = "DEBUG_LOCKS_WARN_ON(1)\n";
    String dump = "CPU: 0 PID: 5 Comm: kworker/0:0 Not tainted 6.1.0 #1\nCall Trace:\n lock_acquire+0x1/0x2\n";
    for (String text : List.of(warn + dump, message + warn + dump, warn + message + dump)) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      List<LocatedReport> found = streamed(bytes);
      assertEquals(1, found.size(), text);
      assertEquals(ReportKind.LOCKDEP_INTERNAL, found.get(0).kind());
      assertEquals(whole(bytes), found);
    }
    byte[] twice = (message + warn + dump + message + warn + dump).getBytes(StandardCharsets.UTF_8);
    assertEquals(2, streamed(twice).size(), "a second warning later is a report of its own");
  }
}
