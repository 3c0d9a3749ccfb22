package dev.lockscope.batch;

import dev.lockscope.ingest.IoErrors;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the command's paths into inputs, lazily and in a fixed order: each path as given, a
 * directory's entries sorted by name and recursively (a symbolic link inside a directory is read
 * as a file, never walked into, so a link cycle cannot loop), and for {@code -} the paths listed
 * one per line on standard input.
 */
final class Inputs {

  /** The argument that reads a list of paths from standard input. */
  static final String STDIN = "-";

  private final InputStream stdin;

  Inputs(InputStream stdin) {
    this.stdin = stdin;
  }

  /** Hands every input of {@code paths} to {@code out}, in order. */
  void walk(List<String> paths, Consumer<Input> out) throws IOException {
    for (String path : paths) {
      if (path.equals(STDIN)) {
        listed(out);
      } else {
        given(path, out);
      }
    }
  }

  private void listed(Consumer<Input> out) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      if (!line.isBlank()) {
        given(line, out);
      }
    }
  }

  private static void given(String name, Consumer<Input> out) {
    try {
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        directory(path, out);
      } else {
        out.accept(new Input.File(name, path, false));
      }
    } catch (InvalidPathException e) {
      out.accept(new Input.Failed(name, "not a valid path"));
    }
  }

  private static void directory(Path directory, Consumer<Input> out) {
    String[] names = directory.toFile().list();
    if (names == null) {
      out.accept(new Input.Failed(directory.toString(), whyNotListed(directory)));
      return;
    }
    Arrays.sort(names);
    boolean leaf = hasNoSubdirectory(directory);
    for (String name : names) {
      Path entry = directory.resolve(name);
      if (!leaf && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
        directory(entry, out);
      } else {
        out.accept(new Input.File(entry.toString(), entry, true));
      }
    }
  }

  /**
   * Whether {@code directory} has no subdirectory, known without looking at its entries: its link
   * count is 2 (its name and its own "."), as on ext4, XFS or tmpfs, where every subdirectory's
   * ".." adds one. File systems that do not count so (btrfs says 1) get every entry looked at.
   */
  private static boolean hasNoSubdirectory(Path directory) {
    try {
      return Files.getAttribute(directory, "unix:nlink", LinkOption.NOFOLLOW_LINKS) instanceof Integer links && links == 2;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false;
    }
  }

  private static String whyNotListed(Path directory) {
    try (Stream<Path> listing = Files.list(directory)) {
      return "cannot list the directory";
    } catch (IOException e) {
      return IoErrors.describe(e);
    }
  }
}
