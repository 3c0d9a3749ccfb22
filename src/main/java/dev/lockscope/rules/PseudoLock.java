package dev.lockscope.rules;

/** One row of {@code pseudo-locks.tsv}: a lockdep map that is not a real lock. */
public record PseudoLock(NamePattern pattern, String meaning) {}
