package dev.lockscope.verify;

import dev.lockscope.report.Numbers;

import dev.lockscope.report.ChainEntry;
import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.Frame;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.report.StackTrace;
import dev.lockscope.rules.RuleSet;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The title syzbot gives a report (spec section 14): a fixed prefix per kind and the function that
 * best names the bug, skipping lockdep, lock primitives and the generic helpers of
 * {@code title-skip.tsv}. Without such a function, the report's own header (a corrupted report).
 */
final class SyzbotTitles {

  private static final String DEADLOCK = "possible deadlock in ";
  private static final java.util.regex.Pattern MANGLED = java.util.regex.Pattern.compile("^_ZN?(\\d{1,3})");

  private final RuleSet rules;
  private final FindingTitles findings;

  SyzbotTitles(RuleSet rules) {
    this.rules = rules;
    this.findings = new FindingTitles(rules);
  }

  String title(LockdepReport report) {
    Optional<String> function = Optional.empty();
    String prefix = DEADLOCK;
    if (report instanceof InconsistentLockState ils) {
      prefix = "inconsistent lock state in ";
      function = firstKept(ils, frames(ils.backtrace().map(b -> b.trace()))).or(() -> site(ils.lock()));
    } else if (report instanceof CircularDependency circular) {
      function = firstKept(circular, circularCandidates(circular));
    } else if (report instanceof RecursiveLocking recursive) {
      function = site(recursive.next());
    } else if (report instanceof IrqInversion inversion) {
      function = site(inversion.changed());
    } else if (report instanceof IrqSafeUnsafeOrder order) {
      function = firstKept(order, frames(order.safeTrace()));
    }
    if (function.isPresent()) {
      return prefix + rules.titleFunction(function.get());
    }
    String header = report.extent().header();
    return findings.choose(report).map(c -> c.title(header)).orElse(header.replaceAll("^\\[ (.*) \\]$", "$1"));
  }

  /** The function a single-event report's title names, if it names one. */
  Optional<String> function(LockdepReport report) {
    return findings.choose(report).flatMap(FindingTitles.Choice::function);
  }

  /** The acquired lock's site, the held lock's site, then the chain's traces. */
  private static Stream<Frame> circularCandidates(CircularDependency circular) {
    Stream<Frame> sites = Stream.of(circular.next(), circular.prev()).flatMap(l -> l.flatMap(LockLine::firstOffsetSite).stream());
    Stream<Frame> chain = circular.chain().stream().map(ChainEntry::trace).flatMap(t -> t.reliableFrames().stream());
    return Stream.concat(sites, chain);
  }

  private static Stream<Frame> frames(Optional<StackTrace> trace) {
    return trace.stream().flatMap(t -> t.reliableFrames().stream());
  }

  private Optional<String> firstKept(LockdepReport report, Stream<Frame> frames) {
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
  private static Optional<String> site(Optional<LockLine> lock) {
    return lock.flatMap(LockLine::firstOffsetSite).map(Frame::baseFunction).map(SyzbotTitles::demangled);
  }
}
