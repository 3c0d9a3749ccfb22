package dev.lockscope.graph;

import dev.lockscope.report.LockClassName;
import dev.lockscope.report.StackTrace;
import java.util.Optional;

/**
 * A lock dependency {@code from -> to}: {@code to} was acquired while {@code from} was held.
 *
 * @param trace the trace where lockdep recorded the dependency, when printed
 * @param line the input line of that evidence
 */
public record DependencyEdge(
    LockClassName from, LockClassName to, Optional<StackTrace> trace, int line) {}
