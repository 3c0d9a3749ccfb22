package dev.lockscope.report;

import java.util.Optional;

/**
 * The lock of a bad-unlock-balance or bad-contention report: the instance's map name as printed
 * ({@code (<mapname>)}, no usage string) and the {@code [<addr>] sym} site of the operation.
 */
public record UnheldLock(LockClassName name, Optional<Frame> site, int inputLine) {}
