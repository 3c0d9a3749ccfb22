package dev.lockscope.report;

/**
 * One {@code -> #N (name){usage}:} entry of a circular report's dependency chain, with the trace
 * where lockdep recorded the dependency into this lock.
 */
public record ChainEntry(int index, LockLine lock, StackTrace trace) {}
