package dev.lockscope.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** What the workers tell about their progress; shown as a bar on a terminal, else nowhere. */
sealed interface Progress extends AutoCloseable permits Progress.Silent, TerminalProgress {

  void bytesRead(long bytes);

  void reportFound();

  void fileDone();

  /** The total size of the inputs, once known, for the ETA. */
  void expect(long files, long bytes);

  @Override
  void close();

  /** Whether to draw a bar: stderr is a terminal, this is not CI and the user did not ask for quiet. */
  static boolean wanted(boolean quiet, Map<String, String> environment, boolean stderrIsTerminal) {
    return !quiet && !environment.containsKey("CI") && stderrIsTerminal;
  }

  /** Whether this process's stderr is a terminal (Linux: where file descriptor 2 points). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }

  /** No progress shown. */
  final class Silent implements Progress {

    @Override
    public void bytesRead(long bytes) {}

    @Override
    public void reportFound() {}

    @Override
    public void fileDone() {}

    @Override
    public void expect(long files, long bytes) {}

    @Override
    public void close() {}
  }
}
