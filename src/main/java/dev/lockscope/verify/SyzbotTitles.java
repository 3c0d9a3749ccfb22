package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.rules.RuleSet;
import java.util.Optional;

/**
 * The title syzbot gives a report (spec section 14). For an inconsistent lock state: the first
 * backtrace frame that is not lockdep, a lock primitive or a generic helper of
 * {@code title-skip.tsv}; when the backtrace is missing, the first real {@code at:} site of the
 * {@code takes:} lock. The single-event kinds are titled from {@code title-formats.tsv} by
 * {@link FindingTitles}.
 */
final class SyzbotTitles {

  private final RuleSet rules;
  private final FindingTitles findings;

  SyzbotTitles(RuleSet rules) {
    this.rules = rules;
    this.findings = new FindingTitles(rules);
  }

  String title(LockdepReport report) {
    if (report instanceof InconsistentLockState ils) {
      return backtraceFunction(ils)
          .or(() -> siteFunction(ils))
          .map(f -> "inconsistent lock state in " + f)
          .orElse("WARNING: inconsistent lock state");
    }
    String header = report.extent().header();
    return findings.choose(report).map(c -> c.title(header)).orElse(header);
  }

  /** The function a single-event report's title names, if it names one. */
  Optional<String> function(LockdepReport report) {
    return findings.choose(report).flatMap(FindingTitles.Choice::function);
  }

  private Optional<String> backtraceFunction(InconsistentLockState ils) {
    return ils.backtrace().stream()
        .flatMap(b -> b.trace().reliableFrames().stream())
        .map(Frame::baseFunction)
        .filter(f -> !rules.skippedInTitles(f))
        .findFirst();
  }

  private static Optional<String> siteFunction(InconsistentLockState ils) {
    return ils.lock().stream()
        .flatMap(lock -> lock.sites().stream())
        .filter(site -> site.offset().isPresent())
        .map(Frame::baseFunction)
        .findFirst();
  }
}
