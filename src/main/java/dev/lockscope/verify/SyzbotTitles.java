package dev.lockscope.verify;

import dev.lockscope.report.ChainEntry;
import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.Frame;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.Numbers;
import dev.lockscope.report.StackTrace;
import dev.lockscope.rules.RuleSet;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The title syzbot gives a report (spec section 14): a fixed prefix per kind and the function that
 * best names the bug, skipping lockdep, lock primitives and the generic helpers of
 * {@code title-skip.tsv}, found by the rule of the kind's descriptor ({@link KindRegistry}). Without such a
 * function, the report's own header (a corrupted report).
 */
final class SyzbotTitles {

  static final String DEADLOCK = "possible deadlock in ";
  private static final java.util.regex.Pattern MANGLED = java.util.regex.Pattern.compile("^_ZN?(\\d{1,3})");

  private final RuleSet rules;
  private final FindingTitles findings;

  SyzbotTitles(RuleSet rules) {
    this.rules = rules;
    this.findings = new FindingTitles(rules);
  }

  String title(LockdepReport report) {
    Optional<String> named = KindRegistry.of(report.extent().kind()).title(report, this);
    if (named.isPresent()) {
      return named.get();
    }
    String header = report.extent().header();
    return findings.choose(report).map(c -> c.title(header)).orElse(header.replaceAll("^\\[ (.*) \\]$", "$1"));
  }

  /** A function as syzbot's title names it, after the renames of {@code title-renames.tsv}. */
  String renamed(String function) {
    return rules.titleFunction(function);
  }

  /** The first kept frame of the dump, else the lock's site. */
  static Optional<String> inconsistentLockState(InconsistentLockState report, SyzbotTitles titles) {
    return titles.firstKept(report, frames(report.backtrace().map(b -> b.trace()))).or(() -> site(report.lock()));
  }

  /** The acquired lock's site, the held lock's site, then the chain's traces: the first kept. */
  static Optional<String> circularDependency(CircularDependency report, SyzbotTitles titles) {
    return titles.firstKept(report, circularCandidates(report));
  }

  /** The function a single-event report's title names, if it names one. */
  Optional<String> function(LockdepReport report) {
    return findings.choose(report).flatMap(FindingTitles.Choice::function);
  }

  private static Stream<Frame> circularCandidates(CircularDependency circular) {
    Stream<Frame> sites = Stream.of(circular.next(), circular.prev()).flatMap(l -> l.flatMap(LockLine::firstOffsetSite).stream());
    Stream<Frame> chain = circular.chain().stream().map(ChainEntry::trace).flatMap(t -> t.reliableFrames().stream());
    return Stream.concat(sites, chain);
  }

  static Stream<Frame> frames(Optional<StackTrace> trace) {
    return trace.stream().flatMap(t -> t.reliableFrames().stream());
  }

  /** The first frame that is not inlined and not skipped in this kind's titles, by its function. */
  Optional<String> firstKept(LockdepReport report, Stream<Frame> frames) {
    String kind = report.extent().kind().id();
    return frames.filter(f -> !f.inline()).map(Frame::baseFunction).map(SyzbotTitles::demangled)
        .filter(f -> !rules.skippedInTitles(kind, f)).findFirst();
  }

  /** The plain name of a C++-mangled symbol ({@code _Z8fakeNameiii} is {@code fakeName}). */
  static String demangled(String function) {
    java.util.regex.Matcher m = MANGLED.matcher(function);
    if (m.find()) {
      int length = Numbers.saturatedInt(m.group(1));
      if (m.end() + length <= function.length()) {
        return function.substring(m.end(), m.end() + length);
      }
    }
    return function;
  }

  /** The first {@code at:} site printed as {@code function+0x..}, as syzbot's title regex reads it. */
  static Optional<String> site(Optional<LockLine> lock) {
    return lock.flatMap(LockLine::firstOffsetSite).map(Frame::baseFunction).map(SyzbotTitles::demangled);
  }
}
