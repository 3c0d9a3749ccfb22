package dev.lockscope.graph;

import dev.lockscope.report.BitValue;
import dev.lockscope.report.StackTrace;
import dev.lockscope.report.UsageBit;
import java.util.Optional;

/**
 * Why a lock class is believed to have (or lack) a usage bit.
 *
 * @param source the report section that says so ("usage string", "{SOFTIRQ-ON-W} state was
 *     registered at", "stack backtrace")
 * @param trace the stack trace where lockdep set the bit, when the report prints one
 * @param line the input line of that evidence
 */
public record UsageEvidence(
    UsageBit bit, BitValue value, String source, Optional<StackTrace> trace, int line) {}
