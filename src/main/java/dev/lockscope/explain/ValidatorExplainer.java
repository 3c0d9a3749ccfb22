package dev.lockscope.explain;

import dev.lockscope.report.LockdepCapacity;
import dev.lockscope.report.LockdepInternal;
import dev.lockscope.report.NonStaticKey;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.rules.LockdepLimit;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.verify.FindingEvidence;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Explains the reports after which lockdep is off: an exhausted table, a lock without a
 * registered key, an internal inconsistency. None is a lock-order finding.
 */
final class ValidatorExplainer {

  private final FindingWords words;

  ValidatorExplainer(FindingWords words) {
    this.words = words;
  }

  Explanation capacity(LockdepCapacity report, FindingEvidence evidence) {
    String kind = report.extent().kind().id();
    Optional<LockdepLimit> limit = evidence.limit();
    String what = limit.map(LockdepLimit::meaning).orElse("one of its tables");
    String summary =
        report.subclass()
            .map(n -> "A lock was taken with subclass %d, beyond the %s (%s), and lockdep turned itself off.".formatted(n, what, report.limit()))
            .orElse("Lockdep ran out of %s: its %s table is full, and it turned itself off.".formatted(what, report.limit()));
    Map<String, String> values = new HashMap<>(Map.of("limit", report.limit()));
    limit.flatMap(LockdepLimit::option).ifPresent(o -> values.put("option", o));
    limit.ifPresent(l -> l.size().ifPresent(size -> values.put("size", String.valueOf(size))));
    return new Explanation(
        summary, uses(evidence, "hit the limit"), "", List.of(), words.why(kind, report.limit(), values),
        words.fixes(kind, report.limit(), "", "", values));
  }

  Explanation nonStaticKey(NonStaticKey report, FindingEvidence evidence) {
    String kind = report.extent().kind().id();
    Optional<TraceAnalysis> trace = evidence.backtrace();
    Optional<String> acquirer = trace.flatMap(TraceAnalysis::acquirer).map(f -> f.baseFunction());
    Optional<String> user = evidence.titleFunction().or(() -> acquirer);
    String in = user.map(f -> " in " + f).orElse("");
    String through = acquirer.filter(a -> !user.equals(Optional.of(a))).map(a -> ", through " + a + "(),").orElse("");
    String call = trace.flatMap(TraceAnalysis::calledApi).map(LockPrimitive::api).map(a -> " with " + a + "()").orElse("");
    String summary =
        "A lock taken%s%s%s %shas a lockdep key that is neither static nor registered: the lock was never initialised, or the object holding it was freed."
            .formatted(in, through, call, FindingWords.where(trace));
    return new Explanation(
        summary, uses(evidence, "takes the lock"), "", List.of(), words.why(kind, "*", Map.of()),
        words.fixes(kind, "*", "", FindingWords.lockType(trace), Map.of()));
  }

  Explanation internal(LockdepInternal report, FindingEvidence evidence) {
    String kind = report.extent().kind().id();
    String at =
        report.warning().map(w -> " in %s (%s)".formatted(w.function(), w.location())).orElse("");
    String summary = "Lockdep's own consistency check failed%s: %s.".formatted(at, report.extent().header());
    return new Explanation(
        summary, uses(evidence, "called lockdep"), "", List.of(), words.why(kind, "*", Map.of()),
        words.fixes(kind, "*", "", "", Map.of()));
  }

  /** The stack, from the function the title names when there is one. */
  private List<LockUse> uses(FindingEvidence evidence, String context) {
    String what = (context + " " + FindingWords.where(evidence.backtrace())).trim();
    return evidence.backtrace()
        .map(t -> evidence.titleFunction().map(f -> words.stackFrom(t, f, what)).orElse(words.stack(t, what, "")))
        .stream()
        .toList();
  }
}
