package dev.lockscope.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything lockscope knows about the kernel as data: lock primitives, context frames, pseudo
 * locks, safe api variants, fix hints and the knowledge behind the single-event findings. Loaded
 * from {@code rules/} by {@link RulesLoader}.
 */
public final class RuleSet {

  private final List<LockPrimitive> primitives;
  /** The first primitive of each trace function, in file order: looked up for every frame. */
  private final Map<String, LockPrimitive> primitiveByFunction = new HashMap<>();
  private final NameTable<ContextRule> contexts;
  private final NameTable<PseudoLock> pseudoLocks;
  private final List<SafeVariant> safeVariants;
  private final List<FixHint> fixHints;
  private final List<TitleSkip> titleSkips;
  private final List<TitleRename> titleRenames;
  private final FindingRules findings;
  private final EngineRules engine;
  private final List<WhatIfLimit> whatIfLimits;

  public RuleSet(
      List<LockPrimitive> primitives,
      List<ContextRule> contexts,
      List<PseudoLock> pseudoLocks,
      List<SafeVariant> safeVariants,
      List<FixHint> fixHints,
      List<TitleSkip> titleSkips,
      List<TitleRename> titleRenames,
      FindingRules findings,
      EngineRules engine,
      List<WhatIfLimit> whatIfLimits) {
    this.primitives = List.copyOf(primitives);
    this.primitives.forEach(p -> primitiveByFunction.putIfAbsent(p.function(), p));
    this.contexts = new NameTable<>(contexts, ContextRule::pattern);
    this.pseudoLocks = new NameTable<>(pseudoLocks, PseudoLock::pattern);
    this.safeVariants = List.copyOf(safeVariants);
    this.fixHints = List.copyOf(fixHints);
    this.titleSkips = List.copyOf(titleSkips);
    this.titleRenames = List.copyOf(titleRenames);
    this.findings = findings;
    this.engine = engine;
    this.whatIfLimits = List.copyOf(whatIfLimits);
  }

  /** What a what-if answer cannot know, per kind of change ({@code whatif-limits.tsv}). */
  public List<WhatIfLimit> whatIfLimits() {
    return whatIfLimits;
  }

  /** What the lockdep engine and the trace language know: lock types, calls, built-in maps. */
  public EngineRules engine() {
    return engine;
  }

  public List<LockPrimitive> primitives() {
    return primitives;
  }

  public List<TitleSkip> titleSkips() {
    return titleSkips;
  }

  public List<TitleRename> titleRenames() {
    return titleRenames;
  }

  /** {@code function} as a title names it: a system call's entry wrapper by the call. */
  public String titleFunction(String function) {
    for (TitleRename rename : titleRenames) {
      java.util.Optional<String> renamed = rename.rename(function);
      if (renamed.isPresent()) {
        return renamed.get();
      }
    }
    return function;
  }

  public FindingRules findings() {
    return findings;
  }

  /** Whether a title of the kind with this id never names {@code function}. */
  public boolean skippedInTitles(String kindId, String function) {
    return titleSkips.stream().anyMatch(s -> s.skips(kindId, function))
        || context(function)
            .map(c -> c.role() == FrameRole.LOCKDEP_INTERNAL || c.role() == FrameRole.IRQ_ENABLE_PATH)
            .orElse(false);
  }

  /**
   * Whether {@code function} is the bottom of a task's stack: a process-entry frame of
   * {@code contexts.tsv} or a row of {@code stack-bottoms.tsv}.
   */
  public boolean isStackBottom(String function) {
    return context(function).map(c -> c.role() == FrameRole.PROCESS_ENTRY).orElse(false)
        || findings.stackBottoms().stream().anyMatch(b -> b.pattern().matches(function));
  }

  /** The primitive whose trace function is {@code function}, compiler suffixes ignored. */
  public Optional<LockPrimitive> primitive(String function) {
    return Optional.ofNullable(primitiveByFunction.get(function));
  }

  /** The first context rule matching {@code function}. */
  public Optional<ContextRule> context(String function) {
    return contexts.first(function);
  }

  public Optional<PseudoLock> pseudoLock(String className) {
    return pseudoLocks.first(className);
  }

  public Optional<String> safeApi(String api, String state) {
    return safeVariants.stream()
        .filter(v -> v.api().equals(api) && v.state().equals(state))
        .map(SafeVariant::safeApi)
        .findFirst();
  }

  public List<FixHint> fixHints(String kindId, String state, String className, String lockType) {
    return fixHints.stream().filter(h -> h.appliesTo(kindId, state, className, lockType)).toList();
  }
}
