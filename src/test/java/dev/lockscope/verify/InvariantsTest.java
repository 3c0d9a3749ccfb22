package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockscope.SharedFiles;
import dev.lockscope.ingest.ConsoleLine;
import dev.lockscope.ingest.ConsoleNormalizer;
import dev.lockscope.ingest.LocatedReport;
import dev.lockscope.ingest.ReportLocator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The console envelope never changes a result: every sample and every corpus report gives the
 * same kinds, titles, verdicts and check statuses with prefixes stripped or added, CRLF line ends,
 * syslog prefixes or rsyslog #012 escapes.
 */
class InvariantsTest {

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> samples = Files.list(SharedFiles.samples())) {
      List<Path> logs = samples.filter(p -> p.toString().endsWith(".log")).sorted().toList();
      return Stream.concat(logs.stream(), SharedFiles.corpusFiles().stream());
    }
  }

  static Stream<Arguments> cases() throws IOException {
    List<Object[]> envelopes =
        List.of(
            new Object[] {"stripped", (UnaryOperator<String>) InvariantsTest::stripped},
            new Object[] {"timestamped", (UnaryOperator<String>) t -> prefixed(stripped(t), "[  101.202303][ T4242] ")},
            new Object[] {"syslog", (UnaryOperator<String>) t -> prefixed(stripped(t), "Jan 22 01:50:07 testhost kernel: ")},
            new Object[] {"loglevel", (UnaryOperator<String>) t -> prefixed(stripped(t), "<4>[   12.000001] ")},
            new Object[] {"crlf", (UnaryOperator<String>) t -> t.replace("\n", "\r\n")},
            new Object[] {"rsyslog #012", (UnaryOperator<String>) InvariantsTest::rsyslogEscaped});
    return inputs()
        .flatMap(p -> envelopes.stream()
            .filter(e -> e[0].equals("crlf") || !(mailQuoted(p) || interleavedReports(p)))
            .map(e -> Arguments.of(p.getFileName() + " " + e[0], p, e[1])));
  }

  /**
   * Mail quoting is not a console prefix: its depth tells a reviewer's comment from the quoted
   * report, so stripping it loses information. Quoted inputs get the line-ending invariant only.
   */
  private static boolean mailQuoted(Path input) {
    return ConsoleNormalizer.normalize(SharedFiles.read(input)).stream()
        .anyMatch(l -> !l.channel().quote().isEmpty());
  }

  /**
   * Caller ids are not a mere prefix either when the reports of two tasks run into each other:
   * they tell one task's report from the other's lines, so stripping them loses information.
   * Such inputs get the line-ending invariant only.
   */
  private static boolean interleavedReports(Path input) {
    List<LocatedReport> reports = ReportLocator.locate(ConsoleNormalizer.normalize(SharedFiles.read(input)));
    return reports.stream()
        .anyMatch(r -> reports.stream().anyMatch(o -> o != r && r.foreignLines().contains(o.headerLine())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void sameResultInAnyEnvelope(String name, Path input, UnaryOperator<String> envelope) {
    String original = SharedFiles.read(input);
    assertEquals(fingerprints(original), fingerprints(envelope.apply(original)));
  }

  private static List<String> fingerprints(String text) {
    return Verifications.of(text).stream().map(Verifications::fingerprint).toList();
  }

  private static String stripped(String text) {
    return ConsoleNormalizer.normalize(text).stream().map(ConsoleLine::text).collect(Collectors.joining("\n"));
  }

  private static String prefixed(String text, String prefix) {
    return text.lines().map(l -> prefix + l).collect(Collectors.joining("\n"));
  }

  /** The whole text as one syslog record per 50 lines, newlines escaped as rsyslog does. */
  private static String rsyslogEscaped(String text) {
    List<String> lines = stripped(text).lines().toList();
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < lines.size(); i += 50) {
      out.append("2024-05-01T10:00:00+00:00 host kernel: ")
          .append(String.join("#012", lines.subList(i, Math.min(lines.size(), i + 50))))
          .append('\n');
    }
    return out.toString();
  }
}
