package dev.lockscope.semantics;

import dev.lockscope.report.HeldLock;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.WaitTypes;
import dev.lockscope.rules.FindingRules;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.WaitType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads the wait-type numbers of an invalid-wait-context report with {@code wait-types.tsv} and
 * {@code lock-wait-types.tsv} (spec sections 2.5 and 9): decides the numbering from the report
 * itself (every printed number must be a value of that numbering, and a lock of known type must
 * show one of its types), then what the task context stands for and which lock or context sets
 * the limit the acquisition broke.
 */
public final class WaitContextAnalyzer {

  /** One printed fact and whether it fits a numbering ({@code true} = RAW_LOCK_NESTING). */
  private record Observation(String description, Predicate<Boolean> fits) {}

  private final FindingRules rules;

  public WaitContextAnalyzer(RuleSet rules) {
    this.rules = rules.findings();
  }

  /** The analysis, or empty when the report lacks the lock's wait types or the context line. */
  public Optional<WaitContextAnalysis> analyze(InvalidWaitContext report, Optional<TraceAnalysis> backtrace) {
    Optional<LockLine> lock = report.lock().filter(l -> l.waitTypes().isPresent());
    if (lock.isEmpty() || report.context().isEmpty()) {
      return Optional.empty();
    }
    int context = report.context().get().value();
    List<Observation> observations = observations(report, lock.get(), context, backtrace);
    WaitNumbering numbering =
        WaitNumbering.of(
            observations.stream().allMatch(o -> o.fits().test(false)),
            observations.stream().allMatch(o -> o.fits().test(true)));
    List<WaitType> contextTypes = typesWithValue(numbering, context, WaitType::isTaskContext);
    List<WaitType> lockTypes = typesWithValue(numbering, lock.get().waitTypes().get().outer(), WaitType::lockType);
    WaitLimit limit = limit(report, context);
    List<WaitType> limitTypes =
        limit.heldLock().isPresent() ? typesWithValue(numbering, limit.value(), WaitType::lockType) : contextTypes;
    return Optional.of(
        new WaitContextAnalysis(
            numbering, reason(numbering, observations), contextTypes, contexts(contextTypes), lockTypes, limit, limitTypes));
  }

  private List<Observation> observations(
      InvalidWaitContext report, LockLine lock, int context, Optional<TraceAnalysis> backtrace) {
    List<Observation> observations = new ArrayList<>();
    observations.add(
        new Observation("context-{%d:%d}".formatted(context, context),
            raw -> anyType(raw, context, WaitType::isTaskContext)));
    List<LockLine> printed = new ArrayList<>();
    printed.add(lock);
    report.heldLocks().ifPresent(h -> h.locks().forEach(held -> printed.add(held.lock())));
    for (LockLine line : printed) {
      line.waitTypes().ifPresent(w -> observations.add(printedValues(line, w)));
      Optional<String> lockType =
          line == lock ? backtrace.flatMap(TraceAnalysis::primitive).map(LockPrimitive::lockType) : Optional.empty();
      knownType(line, lockType).ifPresent(observations::add);
    }
    return observations;
  }

  private Observation printedValues(LockLine line, WaitTypes w) {
    return new Observation(
        "(%s)-{%d:%d}".formatted(line.name(), w.outer(), w.inner()),
        raw -> anyType(raw, w.outer(), WaitType::lockType) && anyType(raw, w.inner(), WaitType::lockType));
  }

  /** A lock whose class or lock type has known wait types must print one of them as inner. */
  private Optional<Observation> knownType(LockLine line, Optional<String> lockType) {
    List<WaitType> types = rules.waitTypesOf(line.name().printed(), lockType.orElse(""));
    if (types.isEmpty() || line.waitTypes().isEmpty()) {
      return Optional.empty();
    }
    int inner = line.waitTypes().get().inner();
    String names = String.join(" or ", types.stream().map(WaitType::name).toList());
    String what = lockType.map(t -> "a " + t).orElse(line.name().printed());
    return Optional.of(
        new Observation(
            "(%s)-{..:%d}, %s (%s)".formatted(line.name(), inner, what, names),
            raw -> types.stream().anyMatch(t -> t.value(raw) == inner)));
  }

  private boolean anyType(boolean raw, int value, Predicate<WaitType> kind) {
    return rules.waitTypes().stream().filter(kind).anyMatch(t -> t.value(raw) == value);
  }

  private List<WaitType> typesWithValue(WaitNumbering numbering, int value, Predicate<WaitType> kind) {
    return rules.waitTypes().stream()
        .filter(kind)
        .filter(t -> (numbering.admits(false) && t.standard() == value) || (numbering.admits(true) && t.raw() == value))
        .toList();
  }

  private static Set<ExecutionContext> contexts(List<WaitType> types) {
    Set<ExecutionContext> contexts = EnumSet.noneOf(ExecutionContext.class);
    types.forEach(t -> t.taskContexts().forEach(c -> contexts.add(ExecutionContext.valueOf(contextName(c)))));
    return contexts;
  }

  private static String contextName(String rulesName) {
    return switch (rulesName) {
      case "hardirq" -> "HARDIRQ";
      case "softirq" -> "SOFTIRQ";
      default -> rulesName.toUpperCase(Locale.ROOT);
    };
  }

  private static String reason(WaitNumbering numbering, List<Observation> observations) {
    return switch (numbering) {
      case EITHER -> "every printed number fits both numberings";
      case STANDARD -> onlyFits(observations, false) + " fits only the standard numbering";
      case RAW_LOCK_NESTING -> onlyFits(observations, true) + " fits only the CONFIG_PROVE_RAW_LOCK_NESTING numbering";
      case NEITHER -> contradiction(observations);
    };
  }

  private static String onlyFits(List<Observation> observations, boolean raw) {
    return observations.stream()
        .filter(o -> !o.fits().test(!raw))
        .map(Observation::description)
        .findFirst()
        .orElse("the report");
  }

  private static String contradiction(List<Observation> observations) {
    Optional<Observation> neither =
        observations.stream().filter(o -> !o.fits().test(false) && !o.fits().test(true)).findFirst();
    if (neither.isPresent()) {
      return neither.get().description() + " fits neither numbering";
    }
    return "%s fits only the standard numbering but %s only CONFIG_PROVE_RAW_LOCK_NESTING"
        .formatted(onlyFits(observations, false), onlyFits(observations, true));
  }

  /** The minimum of the context and every held lock's inner wait type that is not 0. */
  private static WaitLimit limit(InvalidWaitContext report, int context) {
    WaitLimit limit = new WaitLimit(context, Optional.empty());
    for (HeldLock held : report.heldLocks().map(h -> h.locks()).orElse(List.of())) {
      int inner = held.lock().waitTypes().map(WaitTypes::inner).orElse(0);
      if (inner > 0 && inner < limit.value()) {
        limit = new WaitLimit(inner, Optional.of(held));
      }
    }
    return limit;
  }
}
