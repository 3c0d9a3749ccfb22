package dev.lockscope.verify;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where lockscope tells of its own bugs that it caught so that no report is lost (a check that
 * threw, a report the parser failed on, an input a command failed on). By default nothing more is
 * done than what the caller does (UNKNOWN, INCOMPLETE, exit code 5); {@code --debug} prints the
 * stack trace, and the fuzz tests rethrow so that the fuzzer sees the real failure.
 */
public final class InternalErrors {

  private static volatile Consumer<Throwable> observer = failure -> { };

  private InternalErrors() {}

  /**
   * Makes {@code newObserver} see every internal error caught from now on, and returns the
   * observer it replaces (to be put back by a caller that observes for a while).
   */
  public static Consumer<Throwable> observe(Consumer<Throwable> newObserver) {
    Consumer<Throwable> previous = observer;
    observer = Objects.requireNonNull(newObserver);
    return previous;
  }

  /** Tells the observer of {@code failure}, just caught by a safety net. */
  public static void caught(Throwable failure) {
    observer.accept(failure);
  }
}
