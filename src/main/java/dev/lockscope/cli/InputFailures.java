package dev.lockscope.cli;

import dev.lockscope.ingest.OutputFailure;
import dev.lockscope.trace.TraceException;
import dev.lockscope.verify.ExitCodes;
import dev.lockscope.verify.InternalErrors;
import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * What went wrong with some inputs of a command that reads several: each failure is one line on
 * stderr and the command goes on with the next input; the exit code then says the worst (an
 * internal error, a bug of lockscope, before an input that could not be read or run).
 */
final class InputFailures {

  private final PrintWriter err;
  private boolean unreadable;
  private boolean internal;

  InputFailures(PrintWriter err) {
    this.err = err;
  }

  /** Runs the work for one input, turning its failure into a line and a remembered exit code. */
  void attempt(String input, Runnable work) {
    try {
      work.run();
    } catch (OutputFailure e) {
      throw e;
    } catch (UncheckedIOException | TraceException e) {
      err.println("lockscope: " + e.getMessage());
      unreadable = true;
    } catch (RuntimeException | StackOverflowError e) {
      err.println("lockscope: " + input + ": internal error in lockscope (a bug, please report it): " + e);
      InternalErrors.caught(e);
      internal = true;
    }
    err.flush();
  }

  /** The exit code: the failures' if any, else {@code otherwise}. */
  int exitCode(int otherwise) {
    if (internal || otherwise == ExitCodes.INTERNAL_ERROR) {
      return ExitCodes.INTERNAL_ERROR;
    }
    return unreadable ? ExitCodes.USAGE_OR_IO_ERROR : otherwise;
  }
}
