package dev.lockscope.explain;

import dev.lockscope.report.Frame;
import dev.lockscope.report.HeldLock;
import dev.lockscope.report.LockLine;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.semantics.ExecutionContext;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wording shared by the explanations of the single-event reports: why texts and fix hints
 * from the rules with their placeholders filled, and the uses of locks and stacks they show.
 */
final class FindingWords {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)\\}");

  private final RuleSet rules;
  private final CallPaths callPaths;

  /** The rules the words come from. */
  RuleSet rules() {
    return rules;
  }

  FindingWords(RuleSet rules) {
    this.rules = rules;
    this.callPaths = new CallPaths(rules);
  }

  /** The {@code why.tsv} text of a kind and case, filled in; empty when none applies. */
  String why(String kind, String kase, Map<String, String> values) {
    return rules.findings().why(kind, kase).flatMap(text -> fill(text, values)).orElse("");
  }

  /** The {@code fix-hints.tsv} hints of a kind and case whose placeholders can all be filled. */
  List<String> fixes(String kind, String kase, String className, String lockType, Map<String, String> values) {
    return rules.fixHints(kind, kase, className, lockType).stream()
        .map(h -> fill(h.text(), values))
        .flatMap(Optional::stream)
        .toList();
  }

  /** The text with every placeholder replaced, or empty when one has no value. */
  static Optional<String> fill(String text, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      if (!values.containsKey(m.group(1))) {
        return Optional.empty();
      }
      m.appendReplacement(out, Matcher.quoteReplacement(values.get(m.group(1))));
    }
    m.appendTail(out);
    return Optional.of(out.toString());
  }

  /** A held lock: where it was taken. */
  static LockUse held(HeldLock held, String context) {
    return lockLine(held.lock(), context);
  }

  /** A printed lock: where it was taken, per its {@code at:} site. */
  static LockUse lockLine(LockLine lock, String context) {
    String site = lock.acquireSite().map(UseDescriber::site).orElse("(unknown site)");
    String wait = lock.waitTypes().map(w -> w.outer() + ":" + w.inner()).orElse("");
    return new LockUse(braced(wait), context + " " + lock.name(), site, "", List.of());
  }

  /** A stack: the function that acted, the lock call it made and how it was reached. */
  LockUse stack(TraceAnalysis trace, String context, String usage) {
    String site = trace.acquirer().map(UseDescriber::site).orElse("(unknown site)");
    String api = trace.calledApi().map(p -> p.api() + "()").orElse("");
    return new LockUse(braced(usage), context, site, api, callPaths.path(trace));
  }

  /** A stack from the frame of {@code function} outward, for operations that are no lock call. */
  LockUse stackFrom(TraceAnalysis trace, String function, String context) {
    List<Frame> frames = trace.trace().reliableFrames();
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i).baseFunction().equals(function)) {
        return new LockUse("", context, UseDescriber.site(frames.get(i)), "", callPaths.pathFrom(frames.subList(i, frames.size())));
      }
    }
    return stack(trace, context, "");
  }

  /** "in softirq context " or nothing when the context is unknown. */
  static String where(Optional<TraceAnalysis> trace) {
    ExecutionContext context = trace.map(TraceAnalysis::context).orElse(ExecutionContext.UNKNOWN);
    return context == ExecutionContext.UNKNOWN ? "" : "in " + context.description() + " ";
  }

  /** The lock type a stack's lock call names ({@code spinlock}), or empty. */
  static String lockType(Optional<TraceAnalysis> trace) {
    return trace.flatMap(TraceAnalysis::calledApi).map(LockPrimitive::lockType).orElse("");
  }

  static String plural(int n, String singular) {
    return n + " " + singular + (n == 1 ? "" : "s");
  }

  /** A usage or wait-type label in braces, as lockdep prints it; empty stays empty. */
  private static String braced(String label) {
    return label.isEmpty() ? "" : "{" + label + "}";
  }
}
