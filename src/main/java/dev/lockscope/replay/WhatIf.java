package dev.lockscope.replay;

import dev.lockscope.report.Frame;
import dev.lockscope.rules.ClosestName;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.rules.RuleSet;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Changes a report's replay plan the way a fix would change the kernel: another lock primitive at
 * a site, a nesting annotation, a lock given a class of its own, an acquisition that no longer
 * happens. A site is what the report prints: a function ({@code rxrpc_get_client_connection_id}),
 * a {@code file:line} (or its tail, {@code conn_client.c:109}); it names the acquisitions made
 * there, else those whose stack trace passes through it.
 */
public final class WhatIf {

  /** lockdep's {@code MAX_LOCKDEP_SUBCLASSES}: subclasses are 0 to 7. */
  private static final int SUBCLASSES = 8;

  /** The kinds of change, as the command line names them ({@code --set}, ...). */
  public enum Kind {
    /** The acquisitions at the site are made with another primitive. */
    SET,
    /** The acquisitions at the site are annotated with a nesting subclass. */
    NEST,
    /** A lock class is split: the lock taken at the site gets a class of its own. */
    CLASS,
    /** The acquisitions (or the free, release or exit) at the site no longer happen. */
    DROP;

    /** The option's name without dashes, as {@code whatif-limits.tsv} names the kind. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One change: its kind, the site it names (for a class split, {@code LOCK} or {@code LOCK@SITE})
   * and the new primitive, subclass or class (empty for a drop).
   */
  public record Change(Kind kind, String target, String value) {

    /** The site the change names; for a class split without one, the lock class. */
    public String site() {
      return kind == Kind.CLASS && target.contains("@") ? target.substring(target.indexOf('@') + 1) : target;
    }

    /** For a class split: the class split. */
    String lockClass() {
      return target.contains("@") ? target.substring(0, target.indexOf('@')) : target;
    }

    /** For a class split: whether it names the site of the acquisitions that move. */
    boolean namesSite() {
      return target.contains("@");
    }

    /** The change as the user wrote it. */
    public String written() {
      return "--" + kind + " " + target + (value.isEmpty() ? "" : "=" + value);
    }
  }

  /** A change that does not apply to the report: a site it does not show, a primitive lockscope does not know. */
  public static final class BadChange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadChange(String message) {
      super(message, null, false, false);
    }
  }

  /** A change and the acquisitions of the plan it changed, as they were before. */
  public record Applied(Change change, List<Acquisition> changed) {
    public Applied {
      changed = List.copyOf(changed);
    }
  }

  /** The changed plan and what each change touched. */
  public record Result(ReplayPlan plan, List<Applied> applied) {
    public Result {
      applied = List.copyOf(applied);
    }
  }

  private final RuleSet rules;

  public WhatIf(RuleSet rules) {
    this.rules = rules;
  }

  /** Parses the value of {@code --set}, {@code --nest}, {@code --class} or {@code --drop}. */
  public static Change parse(Kind kind, String value) {
    if (kind == Kind.DROP) {
      return new Change(kind, required(value, kind), "");
    }
    int equals = value.lastIndexOf('=');
    if (equals <= 0 || equals == value.length() - 1) {
      throw new BadChange("--" + kind + " takes NAME=VALUE, not '" + value + "'");
    }
    String right = value.substring(equals + 1).strip();
    if (kind == Kind.NEST) {
      subclass(right);
    }
    return new Change(kind, value.substring(0, equals).strip(), right);
  }

  private static String required(String value, Kind kind) {
    if (value.isBlank()) {
      throw new BadChange("--" + kind + " needs a site");
    }
    return value.strip();
  }

  private static int subclass(String text) {
    try {
      int subclass = Integer.parseInt(text);
      if (subclass >= 0 && subclass < SUBCLASSES) {
        return subclass;
      }
    } catch (NumberFormatException e) {
      // reported below, with the range
    }
    throw new BadChange("a nesting subclass is 0 to " + (SUBCLASSES - 1) + " (SINGLE_DEPTH_NESTING is 1), not '" + text + "'");
  }

  /** The plan with every change applied in order. */
  public Result apply(ReplayPlan plan, List<Change> changes) {
    ReplayPlan changed = plan;
    List<Applied> applied = new ArrayList<>();
    for (Change change : changes) {
      Applied one = new Applied(change, touched(changed, change));
      changed = apply(changed, change, one.changed());
      applied.add(one);
    }
    return new Result(changed, applied);
  }

  private List<Acquisition> touched(ReplayPlan plan, Change change) {
    List<Acquisition> all = acquisitions(plan).toList();
    if (change.kind() == Kind.CLASS) {
      return splitTargets(plan, change, all);
    }
    String site = change.site();
    List<Acquisition> touched = named(all, site);
    boolean stepNamed = change.kind() == Kind.DROP && plan.scenes().stream().anyMatch(s -> otherStepAt(s.step(), site));
    if (touched.isEmpty() && !stepNamed) {
      throw new BadChange("the report shows no acquisition" + (change.kind() == Kind.DROP ? " (or free, release, exit)" : "") + " at '" + site + "'" + ClosestName.hint(site, siteNames(plan)));
    }
    return touched;
  }

  private List<Acquisition> splitTargets(ReplayPlan plan, Change split, List<Acquisition> all) {
    String lockClass = split.lockClass();
    List<String> instances = plan.locks().stream().filter(l -> l.className().equals(lockClass)).map(ReplayPlan.Lock::id).toList();
    if (instances.isEmpty()) {
      throw new BadChange("the report shows no lock class '" + lockClass + "'"
          + ClosestName.hint(lockClass, plan.locks().stream().map(ReplayPlan.Lock::className).toList()));
    }
    if (plan.locks().stream().anyMatch(l -> l.className().equals(split.value()))) {
      throw new BadChange("'" + split.value() + "' is already a class of the report; a split needs a new name");
    }
    List<Acquisition> ofClass = all.stream().filter(a -> instances.contains(a.lock())).toList();
    if (split.namesSite()) {
      List<Acquisition> there = named(ofClass, split.site());
      if (there.isEmpty()) {
        throw new BadChange("the report shows no acquisition of " + lockClass + " at '" + split.site() + "'");
      }
      return there;
    }
    Optional<String> ownLock = plan.scenes().isEmpty() ? Optional.empty()
        : Optional.of(plan.scenes().get(plan.scenes().size() - 1).step())
            .filter(Step.Take.class::isInstance).map(s -> ((Step.Take) s).acquisition().lock()).filter(instances::contains);
    if (ownLock.isEmpty()) {
      throw new BadChange("the report's own event does not take " + lockClass
          + "; say which acquisitions move with --class '" + lockClass + "@SITE=" + split.value() + "'");
    }
    return ofClass.stream().filter(a -> a.lock().equals(ownLock.get())).toList();
  }

  /** The acquisitions made at {@code site}; if none, those whose trace passes through it. */
  private static List<Acquisition> named(List<Acquisition> all, String site) {
    List<Acquisition> made = all.stream().filter(a -> a.site().map(s -> at(s, site)).orElse(false)).toList();
    return made.isEmpty() ? all.stream().filter(a -> a.frames().stream().anyMatch(f -> through(f, site))).toList() : made;
  }

  private static boolean at(Acquisition.Site s, String site) {
    return s.function().equals(site) || s.location().map(l -> sameLocation(l, site)).orElse(false);
  }

  private static boolean through(Frame f, String site) {
    return f.function().equals(site) || f.baseFunction().equals(site) || f.location().map(l -> sameLocation(l, site)).orElse(false);
  }

  private static boolean sameLocation(String location, String site) {
    return location.equals(site) || location.endsWith("/" + site);
  }

  private static boolean otherStepAt(Step step, String site) {
    return stepSite(step).map(s -> at(s, site)).orElse(false);
  }

  private static Optional<Acquisition.Site> stepSite(Step step) {
    if (step instanceof Step.Enable enable) {
      return Optional.of(enable.site());
    }
    if (step instanceof Step.ReleaseUnheld release) {
      return Optional.of(release.site());
    }
    if (step instanceof Step.Free free) {
      return Optional.of(free.site());
    }
    return step instanceof Step.Exit exit ? Optional.of(exit.site()) : Optional.empty();
  }

  private static Set<String> siteNames(ReplayPlan plan) {
    Set<String> names = new LinkedHashSet<>();
    acquisitions(plan).forEach(a -> {
      a.site().ifPresent(s -> names.add(s.function()));
      a.frames().forEach(f -> names.add(f.baseFunction()));
    });
    plan.scenes().forEach(s -> stepSite(s.step()).ifPresent(site -> names.add(site.function())));
    return names;
  }

  private static Stream<Acquisition> acquisitions(ReplayPlan plan) {
    return plan.scenes().stream().flatMap(s -> Stream.concat(s.held().stream(),
        s.step() instanceof Step.Take take ? Stream.of(take.acquisition()) : Stream.empty()));
  }

  private ReplayPlan apply(ReplayPlan plan, Change change, List<Acquisition> touched) {
    Predicate<Acquisition> hit = a -> touched.stream().anyMatch(t -> t == a);
    return switch (change.kind()) {
      case SET -> {
        LockPrimitive primitive = primitive(change.value());
        yield plan.withScenes(map(plan, hit, (scene, a) -> withPrimitive(a, primitive, !scene.context().isEmpty())));
      }
      case NEST -> plan.withScenes(map(plan, hit, (scene, a) -> a.withSubclass(subclass(change.value()))));
      case CLASS -> split(plan, change, hit);
      case DROP -> plan.withScenes(drop(plan, hit, change.site()));
    };
  }

  private ReplayPlan split(ReplayPlan plan, Change split, Predicate<Acquisition> hit) {
    ReplayPlan.Lock template = plan.locks().stream().filter(l -> l.className().equals(split.lockClass())).findFirst().orElseThrow();
    ReplayPlan.Lock own = new ReplayPlan.Lock("l" + plan.locks().size(), template.type(), split.value(), template.checked());
    return plan.withLock(own).withScenes(map(plan, hit, (scene, a) -> a.withLock(own.id())));
  }

  private LockPrimitive primitive(String name) {
    return rules.primitives().stream().filter(p -> p.function().equals(name)).findFirst()
        .or(() -> rules.primitives().stream().filter(p -> p.api().equals(name)).findFirst())
        .orElseThrow(() -> new BadChange("unknown lock primitive '" + name + "'"
            + ClosestName.hint(name, rules.primitives().stream().map(LockPrimitive::api).distinct().toList())
            + "; the primitives are listed in rules/primitives.tsv"));
  }

  /**
   * The acquisition made with another primitive: its read level, trylock and irq effect; what the
   * context disabled around the old call (more than the old primitive did) stays disabled.
   */
  private Acquisition withPrimitive(Acquisition a, LockPrimitive primitive, boolean inInterrupt) {
    IrqHold oldEffect = rules.primitives().stream().filter(p -> p.api().equals(a.primitive())).findFirst()
        .map(p -> Facts.hold(p.irqEffect())).orElse(IrqHold.NONE);
    IrqHold context = a.hold().compareTo(oldEffect) > 0 ? a.hold() : IrqHold.NONE;
    IrqHold effect = Facts.hold(primitive.irqEffect());
    return a.withPrimitive(primitive.api(), Facts.readLevel(primitive, inInterrupt),
        primitive.trylock(), context.compareTo(effect) > 0 ? context : effect);
  }

  private static List<Scene> map(ReplayPlan plan, Predicate<Acquisition> hit, BiFunction<Scene, Acquisition, Acquisition> change) {
    return plan.scenes().stream().map(s -> new Scene(s.purpose(), s.context(),
        s.held().stream().map(a -> hit.test(a) ? change.apply(s, a) : a).toList(),
        s.step() instanceof Step.Take take && hit.test(take.acquisition()) ? new Step.Take(change.apply(s, take.acquisition())) : s.step()))
        .toList();
  }

  private static List<Scene> drop(ReplayPlan plan, Predicate<Acquisition> hit, String site) {
    List<Scene> kept = new ArrayList<>();
    for (Scene s : plan.scenes()) {
      boolean stepDropped = s.step() instanceof Step.Take take ? hit.test(take.acquisition()) : otherStepAt(s.step(), site);
      if (!stepDropped) {
        kept.add(new Scene(s.purpose(), s.context(), s.held().stream().filter(hit.negate()).toList(), s.step()));
      }
    }
    return kept;
  }
}
