package dev.lockscope.report;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the {@code Chain exists of:} line pair that names a cycle's or a path's locks. */
final class ChainExistsOfReader {

  private static final Pattern CHAIN_EXISTS = Pattern.compile("^Chain exists of:$");

  private ChainExistsOfReader() {}

  /** Reads a {@code Chain exists of:} line pair if it is at most {@code window} lines ahead. */
  static Optional<List<LockClassName>> readChainExistsOf(LineCursor cursor, int window) {
    if (cursor.seek(CHAIN_EXISTS, window).isEmpty() || cursor.atEnd()) {
      return Optional.empty();
    }
    String names = cursor.next().text().trim();
    return Optional.of(
        Arrays.stream(names.split(" --> ")).map(String::trim).filter(n -> !n.isEmpty())
            .map(LockClassName::new).toList());
  }
}
