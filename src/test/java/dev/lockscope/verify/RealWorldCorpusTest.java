package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.SharedFiles.CorpusFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real-world corpus ({@code src/test/resources/realworld/}): lockdep reports as people posted
 * them in mails, issue trackers, bug trackers and CI mails, each with its source, kind and
 * completeness. Every report is found with its kind, never contradicted; a complete one is
 * CONFIRMED and a cut one INCOMPLETE, except those listed with their reason in
 * {@code realworld-exceptions.tsv}, at most 3% of the files. The outcome of every file is written to
 * {@code target/realworld-report.txt}.
 */
class RealWorldCorpusTest {

  private static final Path CORPUS = Path.of("src/test/resources/realworld");
  private static final int MIN_FILES = 60;
  private static final double MAX_EXCEPTIONS = 0.03;
  private static final Set<String> HEADERS = Set.of("source", "kind", "complete", "kernel", "arch", "envelope");

  static List<Path> files() {
    try (Stream<Path> files = Files.list(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> exceptions() {
    try (InputStream in = RealWorldCorpusTest.class.getResourceAsStream("/realworld-exceptions.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t", 2))
          .collect(Collectors.toMap(c -> c[0], c -> c[1]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void everyFileCitesItsSourceAndSaysWhatItHolds() {
    List<Path> files = files();
    assertTrue(files.size() >= MIN_FILES, files.size() + " files");
    for (Path path : files) {
      CorpusFile file = SharedFiles.corpus(path);
      assertTrue(file.header().keySet().containsAll(HEADERS), path + " has the headers " + HEADERS);
      assertTrue(file.get("source").startsWith("https://"), path + " cites a URL");
      assertTrue(file.get("complete").equals("yes") || file.get("complete").startsWith("partial ("), path + " complete");
    }
  }

  @Test
  void everyReportIsFoundWithItsKindAndItsVerdictFollowsItsCompleteness() throws IOException {
    Map<String, String> exceptions = exceptions();
    List<String> report = new ArrayList<>();
    List<String> failures = new ArrayList<>();
    int confirmed = 0;
    int complete = 0;
    for (Path path : files()) {
      CorpusFile file = SharedFiles.corpus(path);
      String name = path.getFileName().toString();
      List<Verification> found = Verifications.of(file.body());
      String outcome = found.isEmpty() ? "(no report)" : found.get(0).kind() + " " + found.get(0).verdict() + " " + found.get(0).title();
      boolean whole = file.get("complete").equals("yes");
      Verdict expected = whole ? Verdict.CONFIRMED : Verdict.INCOMPLETE;
      boolean ok = !found.isEmpty() && found.get(0).kind().equals(file.get("kind")) && found.get(0).verdict() == expected;
      complete += whole ? 1 : 0;
      confirmed += whole && ok ? 1 : 0;
      String reason = exceptions.get(name);
      report.add(name + ": " + outcome + (ok ? "" : reason != null ? " -- exception: " + reason : " -- expected " + file.get("kind") + " " + expected));
      if (!ok && reason == null) {
        failures.add(report.get(report.size() - 1));
      }
      assertFalse(found.stream().anyMatch(v -> v.verdict() == Verdict.CONTRADICTED && reason == null), name + " contradicted");
    }
    report.add(0, "real-world corpus: %d files, %d complete, %d of them CONFIRMED, %d exceptions"
        .formatted(files().size(), complete, confirmed, exceptions.size()));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/realworld-report.txt"), report);
    assertEquals(List.of(), failures);
    assertTrue(exceptions.size() <= MAX_EXCEPTIONS * files().size(), "too many exceptions: " + exceptions.size());
  }
}
