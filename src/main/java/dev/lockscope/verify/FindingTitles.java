package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.report.HeldLock;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.TaskSections;
import dev.lockscope.report.WithBacktrace;
import dev.lockscope.report.WithReportedLock;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.TitleFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Titles of the single-event reports from {@code title-formats.tsv}: the first row of the kind
 * whose style matches the header and whose function source yields a function. A backtrace only
 * yields one when the report is whole: the dump of a cut or interleaved report may be another
 * task's.
 */
final class FindingTitles {

  /** The row that titles a report and the function it names, if it names one. */
  record Choice(TitleFormat format, Optional<String> function) {

    String title(String header) {
      return format.format().replace("{func}", function.orElse("")).replace("{header}", header);
    }
  }

  private final RuleSet rules;

  FindingTitles(RuleSet rules) {
    this.rules = rules;
  }

  /** The title row and function for a report; empty when its kind has no title rows. */
  Optional<Choice> choose(LockdepReport report) {
    List<TitleFormat> formats = rules.findings().titleFormats(report.extent().kind().id());
    String header = report.extent().header();
    for (TitleFormat format : formats) {
      if (!format.style().matches(header)) {
        continue;
      }
      if (format.source() == TitleFormat.Source.NONE) {
        return Optional.of(new Choice(format, Optional.empty()));
      }
      Optional<String> function = function(report, format.source());
      if (function.isPresent()) {
        return Optional.of(new Choice(format, function));
      }
    }
    return Optional.empty();
  }

  private Optional<String> function(LockdepReport report, TitleFormat.Source source) {
    Stream<Frame> candidates =
        switch (source) {
          case BACKTRACE -> backtraceFrames(report);
          case LOCK_SITE -> reportedLock(report).stream().flatMap(l -> l.sites().stream());
          case HELD_SITE -> firstHeldLock(report).stream().flatMap(l -> l.sites().stream());
          case NONE -> Stream.empty();
        };
    return candidates
        .filter(f -> source == TitleFormat.Source.BACKTRACE ? !f.inline() : f.offset().isPresent())
        .map(Frame::baseFunction)
        .filter(f -> !rules.skippedInTitles(report.extent().kind().id(), f))
        .map(rules::titleFunction)
        .findFirst();
  }

  private static Stream<Frame> backtraceFrames(LockdepReport report) {
    if (!report.extent().complete() || !(report instanceof WithBacktrace dumped)) {
      return Stream.empty();
    }
    return dumped.backtrace().stream().flatMap(b -> b.trace().reliableFrames().stream());
  }

  private static Optional<LockLine> reportedLock(LockdepReport report) {
    return report instanceof WithReportedLock reported ? reported.lock() : Optional.empty();
  }

  private static Optional<LockLine> firstHeldLock(LockdepReport report) {
    if (!(report instanceof TaskSections task)) {
      return Optional.empty();
    }
    return task.heldLocks().flatMap(h -> h.locks().stream().findFirst()).map(HeldLock::lock);
  }
}
