package dev.lockscope.envelope;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.verify.Verification;
import dev.lockscope.verify.Verifications;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every sample log and every shared corpus file, rewritten every way a mail client, an archive or
 * a terminal mangles text ({@link Manglings}), gives the same reports (kinds, verdicts, titles)
 * as the original. Every difference is written to {@code target/envelope-report.txt}.
 */
class EnvelopeTest {

  static List<Path> inputs() throws IOException {
    List<Path> inputs = new ArrayList<>(SharedFiles.corpusFiles());
    try (Stream<Path> samples = Files.list(SharedFiles.samples())) {
      samples.filter(p -> p.toString().endsWith(".log")).sorted().forEach(inputs::add);
    }
    return inputs;
  }

  static String body(Path path) {
    return path.toString().endsWith(".txt") ? SharedFiles.corpus(path).body() : SharedFiles.read(path);
  }

  static List<String> outcome(String text) {
    return Verifications.of(text).stream().map(EnvelopeTest::summary).toList();
  }

  private static String summary(Verification v) {
    return v.kind() + " | " + v.verdict() + " | " + v.title();
  }

  @Test
  void everyManglingKeepsKindsVerdictsAndTitles() throws IOException {
    List<String> differences = new ArrayList<>();
    int runs = 0;
    for (Path path : inputs()) {
      String original = body(path);
      List<String> expected = outcome(original);
      for (Manglings mangling : Manglings.values()) {
        runs++;
        List<String> actual = outcome(mangling.apply(original));
        if (!actual.equals(expected)) {
          differences.add(path.getFileName() + " " + mangling + ":\n  expected " + expected + "\n  got      " + actual);
        }
      }
    }
    differences.add(0, "%d of %d rewritten inputs differ from their original".formatted(differences.size(), runs));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target/envelope-report.txt"), differences);
    assertTrue(differences.size() == 1, String.join("\n", differences.subList(0, Math.min(differences.size(), 40))));
  }
}
