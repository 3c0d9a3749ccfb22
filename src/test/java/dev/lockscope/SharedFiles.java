package dev.lockscope;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Access to ../shared (seed, corpus, oracle) and samples/ for tests. */
public final class SharedFiles {

  private SharedFiles() {}

  public static Path shared() {
    return Path.of(System.getProperty("lockscope.shared", "../shared"));
  }

  public static Path samples() {
    return Path.of(System.getProperty("lockscope.samples", "samples"));
  }

  public static Path seed() {
    return shared().resolve("seeds/000_ac39949571bc8ce0.txt");
  }

  public static String read(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every corpus file, syzkaller and wild. */
  public static List<Path> corpusFiles() {
    try (Stream<Path> files = Files.walk(shared().resolve("corpus"))) {
      return files.filter(p -> p.getFileName().toString().endsWith(".txt"))
          .filter(p -> !p.getFileName().toString().equals("README.md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A corpus file split into its '# key: value' header and the raw text after the blank line. */
  public record CorpusFile(Path path, Map<String, String> header, String body) {

    public String get(String key) {
      return header.getOrDefault(key, "").trim();
    }

    public boolean cut() {
      return get("expected-corrupted").equals("yes") || get("complete").startsWith("partial");
    }
  }

  public static CorpusFile corpus(Path path) {
    String text = read(path);
    Map<String, String> header = new LinkedHashMap<>();
    int position = 0;
    while (position < text.length() && text.startsWith("# ", position)) {
      int end = text.indexOf('\n', position);
      String line = text.substring(position + 2, end);
      int colon = line.indexOf(':');
      header.put(line.substring(0, colon), line.substring(colon + 1));
      position = end + 1;
    }
    if (text.startsWith("\n", position)) {
      position++;
    }
    return new CorpusFile(path, header, text.substring(position));
  }
}
