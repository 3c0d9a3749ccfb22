package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code engine-replay} passes on every complete report of the shared corpus, the oracle,
 * samples/ and the real-world corpus (src/test/resources/realworld) whose kind is replayed; the exceptions are listed with their reason in
 * {@code replay-exceptions.tsv} (each must still be one) and every outcome is written to
 * {@code target/replay-report.txt}.
 */
class ReplayCoverageTest {

  private static final Path REALWORLD = Path.of("src/test/resources/realworld");

  private record Outcome(String file, String kind, Status status, String evidence) {}

  @Test
  void everyCompleteReplayableReportIsReproduced() throws IOException {
    Map<String, String[]> exceptions = exceptions();
    List<Outcome> outcomes = outcomes();
    List<String> wrong = new ArrayList<>();
    for (Outcome o : outcomes) {
      String[] listed = exceptions.remove(o.file());
      Status expected = listed == null ? Status.PASS : Status.valueOf(listed[0]);
      if (o.status() != expected) {
        wrong.add(o.file() + ": engine-replay " + o.status() + ", expected " + expected + " -- " + o.evidence());
      }
    }
    writeReport(outcomes);
    assertTrue(outcomes.size() > 110, "too few replayable reports: " + outcomes.size());
    assertEquals(List.of(), wrong);
    assertEquals(Map.of(), exceptions, "listed exceptions that are no longer reports of these sources");
  }

  private static List<Outcome> outcomes() throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    for (Path file : files()) {
      boolean corpus = file.startsWith(SharedFiles.shared().resolve("corpus")) || file.startsWith(REALWORLD);
      String text = corpus ? SharedFiles.corpus(file).body() : SharedFiles.read(file);
      for (Verification v : Verifications.of(text)) {
        if (v.verdict() == Verdict.INCOMPLETE || v.replay().isEmpty()) {
          continue;
        }
        CheckResult replay = v.checks().stream().filter(c -> c.id().equals("engine-replay")).findFirst().orElseThrow();
        outcomes.add(new Outcome(file.getFileName().toString(), v.kind(), replay.status(), replay.evidence()));
      }
    }
    return outcomes;
  }

  private static List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>(SharedFiles.corpusFiles());
    for (Path dir : List.of(SharedFiles.shared().resolve("oracle/logs"), SharedFiles.shared().resolve("seeds"), SharedFiles.samples(), REALWORLD)) {
      try (Stream<Path> listing = Files.list(dir)) {
        listing.filter(p -> p.toString().endsWith(".log") || p.toString().endsWith(".txt")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  private static Map<String, String[]> exceptions() {
    try (InputStream in = ReplayCoverageTest.class.getResourceAsStream("/replay-exceptions.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", 3))
          .collect(Collectors.toMap(c -> c[0], c -> new String[] {c[1], c[2]}, (a, b) -> a, TreeMap::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeReport(List<Outcome> outcomes) throws IOException {
    Map<String, Long> tally = outcomes.stream().collect(Collectors.groupingBy(o -> o.kind() + " " + o.status(), TreeMap::new, Collectors.counting()));
    StringBuilder out = new StringBuilder("engine-replay on the complete reports of ../shared, samples/ and the real-world corpus\n\n");
    tally.forEach((k, n) -> out.append(String.format("%5d  %s%n", n, k)));
    out.append("\nNot reproduced:\n");
    outcomes.stream().filter(o -> o.status() != Status.PASS)
        .forEach(o -> out.append("  ").append(o.file()).append(" [").append(o.kind()).append("] ").append(o.status()).append(": ").append(o.evidence()).append('\n'));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/replay-report.txt"), out.toString());
  }
}
