package dev.lockscope.verify;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.rules.LockdepLimit;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.WaitContextAnalysis;
import java.util.Optional;

/**
 * Everything the checks and explanations of a single-event report (wait context, unlock balance,
 * freed or leaked locks, RCU usage, validator limits, internal errors, held-locks dumps) reason
 * on: the parsed report and what the rules say about it. Fields that do not apply to a kind are
 * empty.
 *
 * @param backtrace the analysis of the report's (first) stack dump
 * @param secondBacktrace the analysis of a nested-lock report's second dump
 * @param reportingPath whether the dump runs through the function lockdep reports the kind from
 * @param waitContext what the wait-type numbers of an invalid-wait-context report mean
 * @param rcu what a suspicious-RCU message implies about the RCU readers held
 * @param limit the {@code lockdep-limits.tsv} row of a validator limit report
 * @param titleFunction the function the syzbot title names, if it names one
 */
public record FindingEvidence(
    LockdepReport report,
    GraphSnapshot graph,
    Optional<TraceAnalysis> backtrace,
    Optional<TraceAnalysis> secondBacktrace,
    ReportingPath reportingPath,
    Optional<WaitContextAnalysis> waitContext,
    Optional<RcuExpectation> rcu,
    Optional<LockdepLimit> limit,
    Optional<String> titleFunction)
    implements ReportEvidence {}
