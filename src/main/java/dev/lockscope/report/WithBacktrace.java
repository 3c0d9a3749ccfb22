package dev.lockscope.report;

import java.util.Optional;

/** A report that ends with the stack dump of the task that triggered it. */
public interface WithBacktrace {

  /** The {@code stack backtrace:} (or bare) dump of the task. */
  Optional<Backtrace> backtrace();
}
