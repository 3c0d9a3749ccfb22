package dev.lockscope.trace;

import dev.lockscope.engine.Interrupt;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One statement of a lockscope trace (README, "Trace language"), with the line it was read from.
 * Traces made by other means (a report's facts, an ftrace recording) are lists of statements too,
 * so one runner feeds them all to the engine and one printer writes them back as text.
 */
public sealed interface Statement {

  /** The line of the trace (1-based), 0 for a statement that was not read from text. */
  int line();

  /** {@code lock NAME TYPE [class CLASS]}. */
  record LockDeclaration(int line, String name, String type, Optional<String> className) implements Statement {}

  /** {@code task NAME [pid N]}. */
  record TaskSwitch(int line, String name, OptionalInt pid) implements Statement {}

  /** {@code hardirq [nothread]}, {@code softirq}, {@code nmi}. */
  record InterruptBegin(int line, Interrupt kind) implements Statement {}

  /** {@code end}. */
  record InterruptEnd(int line) implements Statement {}

  /** {@code config CONFIG_X=y|n}: a kernel option the engine mirrors; only before any other statement. */
  record ConfigOption(int line, String option, boolean enabled) implements Statement {}

  /** {@code CALL(ARG, ...) [@ FUNCTION [FILE:LINE]]}. */
  record Call(int line, String name, List<String> args, Optional<CallSite> site) implements Statement {

    public Call {
      args = List.copyOf(args);
    }
  }

  /** Where a call is made: a function and optionally {@code file:line}. */
  record CallSite(String function, Optional<String> location) {}
}
