package dev.lockscope.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** One short phrase for an I/O error, for a record or a message line; never a stack trace. */
public final class IoErrors {

  private IoErrors() {}

  /** What went wrong, in a few words ({@code no such file}, {@code permission denied}, ...). */
  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
