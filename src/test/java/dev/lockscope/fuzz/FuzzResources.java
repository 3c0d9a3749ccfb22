package dev.lockscope.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files the fuzz targets need besides their inputs. */
final class FuzzResources {

  private FuzzResources() {}

  /** A resource of this package, whole. */
  static byte[] bytes(String name) {
    try (InputStream in = FuzzResources.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource dev/lockscope/fuzz/" + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A new temporary directory, removed when the JVM exits if it is empty by then. */
  static Path temporaryDirectory(String prefix) {
    try {
      Path directory = Files.createTempDirectory(prefix);
      directory.toFile().deleteOnExit();
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
