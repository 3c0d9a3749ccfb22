package dev.lockscope.batch;

import java.nio.file.Path;

/** One thing the batch reports on, in input order: a file to read, or a path that failed before. */
sealed interface Input {

  /** The path as the user would write it, printed as the record's {@code source}. */
  String name();

  /**
   * A file (plain or {@code .gz}) to read.
   *
   * @param walked found in a directory rather than named by the user: then only a regular file
   *     is read (a FIFO met in a walk would block it, a device could be endless)
   */
  record File(String name, Path path, boolean walked) implements Input {}

  /** A path that could not even be opened for reading: a directory that cannot be listed. */
  record Failed(String name, String error) implements Input {}
}
