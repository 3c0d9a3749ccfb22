package dev.lockscope.report;

/** The {@code depth: <n>  max: <m>!} line of a {@code MAX_LOCK_DEPTH too low!} report. */
public record LockDepth(int depth, int max, int inputLine) {}
