package dev.lockscope.report;

import java.util.Optional;

/**
 * A lockdep internal-consistency or API-misuse report (spec sections 4.14 and 4.15):
 * {@code DEBUG_LOCKS_WARN_ON(<cond>)}, {@code WARNING: chain_key collision}, {@code lockdep bfs
 * error}, unregistered or reused keys, {@code downgrading a read lock} and the pin-count WARNs.
 * The header is the message; most are kernel WARNs with a {@code WARNING: CPU:} line and a dump.
 *
 * @param task the task of a chain-key collision ({@code <comm>/<pid>: Hash chain already cached
 *     ...}), the only form that names one in its own words
 * @param warning the WARN's {@code WARNING: CPU: ... at <file>:<line> <function>} line, when
 *     printed after the message
 * @param backtrace the dump of the warning task
 */
public record LockdepInternal(
    ReportExtent extent, Optional<ReportingTask> task, Optional<WarningLine> warning, Optional<Backtrace> backtrace)
    implements LockdepReport, WithBacktrace {}
