package dev.lockscope.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code lockscope batch} was asked to do.
 *
 * @param paths files, directories (walked recursively), {@code .gz} files, {@code -} for a list of
 *     paths on standard input
 * @param threads how many inputs are read at once
 * @param summary whether to add the full summary (text) or a last summary line (JSONL)
 * @param out where the output goes instead of standard output
 * @param html where to write the HTML page, if anywhere
 * @param quiet no progress bar even on a terminal
 */
public record BatchOptions(
    List<String> paths,
    int threads,
    BatchFormat format,
    boolean summary,
    Optional<Path> out,
    Optional<Path> html,
    boolean quiet) {

  public BatchOptions {
    paths = List.copyOf(paths);
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("batch needs at least one path");
    }
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
    }
  }
}
