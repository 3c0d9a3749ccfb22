package dev.lockscope.report;

/** One {@code #i:} line of a held-locks list. */
public record HeldLock(int index, LockLine lock) {}
