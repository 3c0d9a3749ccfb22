package dev.lockscope.fuzz;

import dev.lockscope.verify.InternalErrors;
import dev.lockscope.verify.SourceResult;
import dev.lockscope.verify.Verification;
import java.util.function.Consumer;

/**
 * What the fuzz targets count as a finding besides an exception that escapes: an internal error
 * that a safety net caught. While a target runs, the net rethrows on the target's thread, so that
 * the fuzzer sees (and deduplicates by) the real stack trace.
 */
final class FuzzFailures {

  /** One run of a fuzz target. */
  interface Target {
    void run() throws Exception;
  }

  private FuzzFailures() {}

  /** Runs {@code target} with every internal error caught on its thread escaping from it. */
  static void escaping(Target target) throws Exception {
    Thread owner = Thread.currentThread();
    Consumer<Throwable> previous = InternalErrors.observe(failure -> {
      if (Thread.currentThread() == owner) {
        rethrow(failure);
      }
    });
    try {
      target.run();
    } finally {
      InternalErrors.observe(previous);
    }
  }

  /** Fails when some report of {@code result} came out as an internal error. */
  static void requireNoInternalError(SourceResult result) {
    for (Verification verification : result.reports()) {
      if (verification.internalError()) {
        throw new AssertionError("internal error on a " + verification.kind() + " report: " + verification.checks());
      }
    }
  }

  private static void rethrow(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    throw new AssertionError(failure);
  }
}
