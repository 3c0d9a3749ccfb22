package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import java.util.Optional;

/**
 * Whether a report's stack dump runs through a function lockdep raises the report's kind from
 * ({@code report-paths.tsv}).
 *
 * @param known whether {@code report-paths.tsv} lists any function for the kind
 * @param frame the first frame of the dump that is such a function
 */
public record ReportingPath(boolean known, Optional<Frame> frame) {}
