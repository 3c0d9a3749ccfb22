package dev.lockscope.replay;

import dev.lockscope.engine.Interrupt;
import dev.lockscope.report.BitValue;
import dev.lockscope.report.ClassBlock;
import dev.lockscope.report.ContextTuple;
import dev.lockscope.report.Frame;
import dev.lockscope.report.IrqState;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.StackTrace;
import dev.lockscope.report.UsageBit;
import dev.lockscope.rules.IrqEffect;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.TraceAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a report's text proves about acquisitions, read fact by fact into a {@link ReplayPlan}: a
 * lock instance per class (and per address where one class shows two), an acquisition per stack
 * trace (its primitive says read or write, trylock and what it disables; its frames say the
 * context and the caller), and locks held around it, taken in the irq state their printed usage
 * string allows, so that the replay never gives a class a usage bit the report says it lacks.
 */
final class Facts {

  /** A fact the text does not give, which the replay needs: the check is then UNKNOWN, naming it. */
  static final class Missing extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The text does not give {@code fact}. */
    Missing(String fact) {
      this("the text does not give " + fact, false);
    }

    private Missing(String reason, boolean unused) {
      super(reason, null, false, false);
    }

    /** The facts are all there, but the engine cannot replay them: {@code why}. */
    static Missing beyond(String why) {
      return new Missing(why, false);
    }
  }

  private final RuleSet rules;
  private final TraceAnalyzer analyzer;
  private final List<Instance> instances = new ArrayList<>();
  private final List<Scene> scenes = new ArrayList<>();
  private String defaultType = "lockdep_map";
  private final java.util.Map<String, java.util.Set<UsageBit>> excluded = new java.util.HashMap<>();
  private final java.util.Map<String, java.util.Set<UsageBit>> listed = new java.util.HashMap<>();

  Facts(RuleSet rules, TraceAnalyzer analyzer) {
    this.rules = rules;
    this.analyzer = analyzer;
  }

  static <T> T required(Optional<T> value, String fact) {
    return value.orElseThrow(() -> new Missing(fact));
  }

  /** Lock types for the locks declared from now on, when the replay needs them (wait context). */
  void defaultType(String type) {
    this.defaultType = type;
  }

  /** The instance id of a lock line: one per class, and one per address where the report shows several. */
  String lock(LockLine line) {
    return lock(line.name(), line.address(), defaultType);
  }

  String lock(LockClassName name, Optional<String> address, String type) {
    String className = withoutSubclass(name);
    Instance free = null;
    for (Instance instance : instances) {
      if (!instance.lock.className().equals(className)) {
        continue;
      }
      if (address.isEmpty() || instance.address.equals(address)) {
        return instance.lock.id();
      }
      if (instance.address.isEmpty() && free == null) {
        free = instance;
      }
    }
    if (free != null) {
      free.address = address;
      return free.lock.id();
    }
    Instance created = new Instance(new ReplayPlan.Lock("l" + instances.size(), type, className,
        rules.engine().builtin(className).isEmpty()), address);
    instances.add(created);
    return created.lock.id();
  }

  /** A lock instance of the replay and the address the report printed for it, if any. */
  private static final class Instance {
    final ReplayPlan.Lock lock;
    Optional<String> address;

    Instance(ReplayPlan.Lock lock, Optional<String> address) {
      this.lock = lock;
      this.address = address;
    }
  }

  private static String withoutSubclass(LockClassName name) {
    int subclass = name.subclass();
    String printed = name.printed();
    return subclass > 0 ? printed.substring(0, printed.lastIndexOf('/')) : printed;
  }

  void scene(String purpose, List<Interrupt> context, List<Acquisition> held, Step step) {
    scenes.add(new Scene(purpose, context, held, step));
  }

  ReplayPlan plan(dev.lockscope.engine.ViolationKey expected, boolean rawLockNesting) {
    return new ReplayPlan(instances.stream().map(i -> i.lock).toList(), scenes, expected, rawLockNesting);
  }

  TraceAnalysis analyze(StackTrace trace) {
    return analyzer.analyze(trace);
  }

  /**
   * The acquisition a stack trace shows: the lock primitive after {@code lock_acquire} gives read,
   * trylock and what it disables; the caller is the site. Without a known primitive the lock is
   * taken as lockdep's own maps are, exclusively unless {@code readBit} says a reader.
   */
  Acquisition acquisition(String lock, LockClassName name, TraceAnalysis trace, boolean readBit) {
    Optional<LockPrimitive> primitive = trace.primitive();
    boolean interrupt = context(trace).map(c -> !c.isEmpty()).orElse(false);
    int read = primitive.map(p -> readLevel(p, interrupt)).orElse(readBit ? 1 : 0);
    IrqHold hold = primitive.map(p -> hold(p.irqEffect())).orElse(IrqHold.NONE);
    String api = trace.calledApi().or(() -> primitive).map(LockPrimitive::api).orElse("lock_acquire");
    return new Acquisition(lock, name.subclass(), read, primitive.map(LockPrimitive::trylock).orElse(false), hold, api,
        site(trace.acquirer()), trace.trace().reliableFrames());
  }

  /**
   * Usage bits the report prints for a class that the replay must not set before the report's
   * own event: the bit that event sets (lockdep marks it before it reports).
   */
  void exclude(LockLine line, UsageBit... bits) {
    excluded.computeIfAbsent(line.name().printed(), k -> new java.util.HashSet<>()).addAll(List.of(bits));
  }

  /** A lock held around a step, taken in the most permissive irq state its usage string allows. */
  Acquisition held(String lock, LockLine line, boolean reader) {
    return new Acquisition(lock, line.name().subclass(), reader ? 1 : 0, false, permitted(line, reader), Acquisition.HELD,
        site(line.acquireSite()), line.acquireSite().stream().toList());
  }

  /**
   * An acquisition that only has to happen, not to set a particular bit (an initial use, the lock
   * taken by a dependency): its primitive's effect, made stricter where the class's usage string
   * (less the bits of the report's own event) says the bits it would set were never set.
   */
  Acquisition within(Acquisition acquisition, LockLine line) {
    IrqHold hold = stricter(acquisition.hold(), permitted(line, acquisition.read() != 0));
    return acquisition.withPrimitive(acquisition.primitive(), acquisition.read(), acquisition.trylock(), hold);
  }

  /**
   * The acquisition that registered {@code bit}: its primitive's effect, made stricter where the
   * class's usage string says other bits were never set (the irq state may come from an outer
   * lock, which the trace does not show), but never so strict that {@code bit} could not be set.
   */
  Acquisition registering(Acquisition acquisition, LockLine line, UsageBit bit) {
    IrqHold cap = bit.usedIn() ? IrqHold.IRQS_OFF
        : bit.state().equals(Optional.of(dev.lockscope.report.IrqState.HARDIRQ)) ? IrqHold.BH_OFF : IrqHold.NONE;
    IrqHold permitted = permitted(line, acquisition.read() != 0);
    IrqHold allowed = permitted.compareTo(cap) <= 0 ? permitted : cap;
    IrqHold hold = stricter(acquisition.hold(), allowed);
    return acquisition.withPrimitive(acquisition.primitive(), acquisition.read(), acquisition.trylock(), hold);
  }

  private static IrqHold stricter(IrqHold a, IrqHold b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  /** Held with an irq state known from a context tuple rather than from the usage string. */
  static Acquisition heldAs(Acquisition held, IrqHold hold) {
    return held.withPrimitive(held.primitive(), held.read(), held.trylock(), hold);
  }

  /**
   * The irq state in which taking the lock (as a reader or not) sets no bit the class lacks: hard
   * irqs off if it was never taken that way with hard irqs on, bottom halves off if never with
   * softirqs on.
   */
  IrqHold permitted(LockLine line, boolean reader) {
    if (line.usage().isEmpty() && !listed.containsKey(line.name().printed())) {
      return IrqHold.NONE;
    }
    if (!shows(line, reader ? UsageBit.HARDIRQ_ON_R : UsageBit.HARDIRQ_ON_W)) {
      return IrqHold.IRQS_OFF;
    }
    return !shows(line, reader ? UsageBit.SOFTIRQ_ON_R : UsageBit.SOFTIRQ_ON_W) ? IrqHold.BH_OFF : IrqHold.NONE;
  }

  /**
   * Records the usage bits a class block lists: exactly the bits the class has, which its usage
   * characters only tell apart up to reader or writer.
   */
  void listed(ClassBlock block) {
    java.util.Set<UsageBit> bits = listed.computeIfAbsent(block.name().printed(), k -> java.util.EnumSet.noneOf(UsageBit.class));
    block.usages().forEach(u -> UsageBit.parse(u.usage()).ifPresent(bits::add));
    for (UsageBit in : bits) {
      for (UsageBit on : bits) {
        if (in.isStateBit() && on.isStateBit() && in.usedIn() && !on.usedIn() && in.state().equals(on.state()) && !(in.read() && on.read())) {
          throw Missing.beyond(block.name() + " already has {" + in.printedName() + "} and {" + on.printedName()
              + "}, an inconsistent state lockdep reports first and then stops: this report comes from a run that went on after it");
        }
      }
    }
  }

  private boolean shows(LockLine line, UsageBit bit) {
    String name = line.name().printed();
    boolean set = listed.containsKey(name) ? listed.get(name).contains(bit)
        : line.usage().map(u -> u.covers(bit) && u.value(bit) != BitValue.CLEAR).orElse(true);
    return set && !excluded.getOrDefault(name, java.util.Set.of()).contains(bit);
  }

  /** The irq state a context tuple describes, for process context: what is disabled. */
  static IrqHold hold(ContextTuple tuple) {
    if (!tuple.hardirqsEnabled()) {
      return IrqHold.IRQS_OFF;
    }
    return !tuple.softirqsEnabled() && !tuple.inSoftirq() ? IrqHold.BH_OFF : IrqHold.NONE;
  }

  /** lockdep's read argument for a primitive: 0 exclusive, 1 reader, 2 recursive reader (rwlock_t readers in interrupts). */
  static int readLevel(LockPrimitive primitive, boolean inInterrupt) {
    return switch (primitive.access()) {
      case "read" -> 1;
      case "read-recursive-in-irq" -> inInterrupt ? 2 : 1;
      default -> 0;
    };
  }

  static IrqHold hold(IrqEffect effect) {
    return switch (effect) {
      case NONE -> IrqHold.NONE;
      case SOFTIRQS_OFF -> IrqHold.BH_OFF;
      case HARDIRQS_OFF -> IrqHold.IRQS_OFF;
    };
  }

  /** The interrupts a trace runs in, outermost first; empty when its context is unknown. */
  static Optional<List<Interrupt>> context(TraceAnalysis trace) {
    return switch (trace.context()) {
      case PROCESS -> Optional.of(List.of());
      case SOFTIRQ -> Optional.of(List.of(Interrupt.SOFTIRQ));
      case HARDIRQ -> Optional.of(trace.interruptedSoftirq() ? List.of(Interrupt.SOFTIRQ, Interrupt.HARDIRQ) : List.of(Interrupt.HARDIRQ));
      case NMI -> Optional.of(List.of(Interrupt.NMI));
      case UNKNOWN -> Optional.empty();
    };
  }

  /** The context a trace must run in to set {@code bit}: known from its frames, or process context for an ON bit. */
  static List<Interrupt> contextFor(TraceAnalysis trace, UsageBit bit, String what) {
    Optional<List<Interrupt>> known = context(trace);
    if (known.isPresent()) {
      return known.get();
    }
    if (!bit.usedIn()) {
      return List.of();
    }
    throw new Missing("the context of " + what + " (no interrupt or task entry frame in its trace)");
  }

  /** The context a tuple describes. */
  static List<Interrupt> context(ContextTuple tuple) {
    if (tuple.inHardirq()) {
      return tuple.inSoftirq() ? List.of(Interrupt.SOFTIRQ, Interrupt.HARDIRQ) : List.of(Interrupt.HARDIRQ);
    }
    return tuple.inSoftirq() ? List.of(Interrupt.SOFTIRQ) : List.of();
  }

  /** Whether a state's context is where code sets its IN bits. */
  static boolean inState(List<Interrupt> context, IrqState state) {
    return state == IrqState.HARDIRQ
        ? context.contains(Interrupt.HARDIRQ) || context.contains(Interrupt.HARDIRQ_NOTHREAD)
        : context.contains(Interrupt.SOFTIRQ);
  }

  static Optional<Acquisition.Site> site(Optional<Frame> frame) {
    return frame.filter(f -> f.function().matches("[A-Za-z_][A-Za-z0-9_.]*"))
        .map(f -> new Acquisition.Site(f.function(), f.location().filter(l -> l.matches("[^:\\s]+:\\d+"))));
  }
}
