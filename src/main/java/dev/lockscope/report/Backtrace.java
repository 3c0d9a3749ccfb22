package dev.lockscope.report;

import java.util.Optional;

/**
 * The {@code stack backtrace:} section: a {@code dump_stack()} of the task that triggered the
 * report.
 *
 * @param cpu the CPU from the {@code CPU:} line
 * @param task comm and pid from the {@code CPU:} line (or the old {@code Pid:} line, or the old
 *     s390 {@code Process} line)
 * @param release the kernel release from that line
 */
public record Backtrace(
    Optional<Integer> cpu,
    Optional<TaskRef> task,
    Optional<String> release,
    StackTrace trace,
    int inputLine) {}
