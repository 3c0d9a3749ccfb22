package dev.lockscope.replay;

import dev.lockscope.engine.Interrupt;
import dev.lockscope.engine.ViolationKey;
import dev.lockscope.report.Backtrace;
import dev.lockscope.report.ChainEntry;
import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.ClassBlock;
import dev.lockscope.report.HeldLock;
import dev.lockscope.report.HeldLockFreed;
import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.report.IrqClass;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.LockHeldReturning;
import dev.lockscope.report.LockClassName;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.LocksHeldAtExit;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.report.ScenarioStep;
import dev.lockscope.report.StackTrace;
import dev.lockscope.report.UnheldLockOperation;
import dev.lockscope.report.UsageBit;
import dev.lockscope.report.UsageTrace;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.TraceAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns a parsed report into the smallest trace its evidence proves (one method per report kind
 * whose evidence describes acquisitions), with the violation the report claims that trace leads
 * to. Every usage trace, dependency trace and backtrace becomes an acquisition in the context its
 * frames show, with the primitive they show, at their site, under the locks the report shows held.
 */
public final class ReplayPlanner {

  private final RuleSet rules;
  private final TraceAnalyzer analyzer;

  public ReplayPlanner(RuleSet rules) {
    this.rules = rules;
    this.analyzer = new TraceAnalyzer(rules);
  }

  private Facts facts() {
    return new Facts(rules, analyzer);
  }

  /** {@code inconsistent {OLD} -> {NEW}}: the OLD use, then the report's own NEW use of the class. */
  public ReplayPlan inconsistent(InconsistentLockState r) {
    Facts facts = facts();
    LockLine line = Facts.required(r.lock(), "the lock line");
    UsageBit oldBit = Facts.required(r.oldBit(), "the old usage");
    UsageBit newBit = Facts.required(r.newBit(), "the new usage");
    String lock = facts.lock(line);
    if (oldBit.state().equals(Optional.of(dev.lockscope.report.IrqState.RECLAIM_FS))) {
      throw Facts.Missing.beyond("the engine follows lockdep 6.12, which no longer tracks the filesystem-reclaim state (lockdep did from 2.6.30 to 4.12)");
    }
    if (newBit == UsageBit.IN_NMI) {
      facts.scene("the initial use", List.of(), List.of(), new Step.Take(use(facts, lock, line, r.oldTrace(), UsageBit.HARDIRQ_ON_W)));
      facts.scene("the acquisition in NMI", List.of(Interrupt.NMI), List.of(), new Step.Take(plainUse(facts, lock, line, backtrace(r.backtrace()))));
    } else {
      registering(facts, lock, line, oldBit, Facts.required(r.oldTrace(), "the trace where {" + oldBit.printedName() + "} was registered"));
      newUse(facts, lock, line, newBit, Facts.required(r.backtrace(), "the stack backtrace"), r.context());
    }
    return facts.plan(new ViolationKey("inconsistent-lock-state", List.of(line.name().printed()),
        oldBit.printedName() + " -> " + newBit.printedName()), false);
  }

  /** A usage trace that registered {@code bit}: the acquisition (or irq-enable) it shows, in its context. */
  private void registering(Facts facts, String lock, LockLine line, UsageBit bit, StackTrace trace) {
    TraceAnalysis use = facts.analyze(trace);
    List<Interrupt> context = Facts.contextFor(use, bit, "the {" + bit.printedName() + "} use");
    String purpose = "where {" + bit.printedName() + "} was registered";
    if (!bit.usedIn() && use.enablePath().isPresent()) {
      enabling(facts, purpose, lock, line, bit, context, use);
    } else {
      facts.scene(purpose, context, List.of(), new Step.Take(facts.registering(facts.acquisition(lock, line.name(), use, bit.read()), line, bit)));
    }
  }

  /** The report's own event: the backtrace's acquisition, or irqs being enabled with the lock held. */
  private void newUse(Facts facts, String lock, LockLine line, UsageBit bit, Backtrace backtrace,
      Optional<dev.lockscope.report.ContextTuple> tuple) {
    TraceAnalysis use = facts.analyze(backtrace.trace());
    List<Interrupt> context = Facts.context(use).or(() -> tuple.map(Facts::context))
        .orElseThrow(() -> new Facts.Missing("the context of the backtrace"));
    String purpose = "the report's own {" + bit.printedName() + "} use";
    if (!bit.usedIn() && use.enablePath().isPresent()) {
      enabling(facts, purpose, lock, line, bit, context, use);
    } else {
      facts.scene(purpose, context, List.of(), new Step.Take(facts.acquisition(lock, line.name(), use, bit.read())));
    }
  }

  /** A lock held with the irq state that keeps {@code bit} clear, then that state enabled. */
  private static void enabling(Facts facts, String purpose, String lock, LockLine line, UsageBit bit, List<Interrupt> context,
      TraceAnalysis use) {
    boolean bottomHalves = bit.state().orElseThrow() == dev.lockscope.report.IrqState.SOFTIRQ
        && use.enablePath().map(f -> f.function().contains("bh")).orElse(false);
    IrqHold hold = bottomHalves ? IrqHold.BH_OFF : IrqHold.IRQS_OFF;
    Acquisition held = new Acquisition(lock, line.name().subclass(), bit.read() ? 1 : 0, false, hold, Acquisition.HELD, Facts.site(line.acquireSite()),
        line.acquireSite().stream().toList());
    facts.scene(purpose, context, List.of(held), new Step.Enable(bottomHalves,
        Facts.site(use.acquirer().or(() -> use.enablePath())).orElse(new Acquisition.Site("irq_enable", Optional.empty()))));
  }

  private Acquisition use(Facts facts, String lock, LockLine line, Optional<StackTrace> trace, UsageBit bit) {
    return facts.acquisition(lock, line.name(), facts.analyze(Facts.required(trace, "the trace of the initial use")), bit.read());
  }

  private static Acquisition plainUse(Facts facts, String lock, LockLine line, StackTrace trace) {
    return facts.acquisition(lock, line.name(), facts.analyze(trace), false);
  }

  private static StackTrace backtrace(Optional<Backtrace> backtrace) {
    return Facts.required(backtrace, "the stack backtrace").trace();
  }

  /**
   * A circular dependency: each {@code -> #i} entry's trace records its lock taken while the lock
   * of {@code #i-1} was held; then the report's own acquisition of {@code #0} under {@code #K}.
   * The text never says how {@code #i-1} was held then (its own trace is of another acquisition):
   * it is replayed held exclusively, the one mode that never breaks a strong path.
   */
  public ReplayPlan circular(CircularDependency r) {
    Facts facts = facts();
    List<ChainEntry> chain = r.chain();
    LockLine next = Facts.required(r.next(), "the lock being acquired");
    LockLine prev = Facts.required(r.prev(), "the lock already held");
    if (chain.size() < 2 || chain.get(chain.size() - 1).index() != 0) {
      throw new Facts.Missing("a dependency chain down to -> #0");
    }
    List<ChainEntry> ascending = new ArrayList<>(chain);
    java.util.Collections.reverse(ascending);
    List<TraceAnalysis> uses = ascending.stream().map(e -> facts.analyze(e.trace())).toList();
    for (int i = 1; i < ascending.size(); i++) {
      ChainEntry held = ascending.get(i - 1);
      ChainEntry taken = ascending.get(i);
      TraceAnalysis use = uses.get(i);
      List<Interrupt> context = Facts.context(use).orElse(List.of());
      String heldLock = facts.lock(held.lock().name(), Optional.empty(), "lockdep_map");
      Acquisition holding = facts.held(heldLock, held.lock(), false);
      String takenLock = facts.lock(taken.lock().name(), Optional.empty(), "lockdep_map");
      facts.scene("-> #" + taken.index() + ": " + taken.lock().name() + " taken while " + held.lock().name() + " is held",
          context, List.of(holding), new Step.Take(facts.acquisition(takenLock, taken.lock().name(), use, false)));
    }
    TraceAnalysis closing = facts.analyze(backtrace(r.backtrace()));
    String prevLock = facts.lock(prev.name(), Optional.empty(), "lockdep_map");
    String nextLock = facts.lock(next.name(), Optional.empty(), "lockdep_map");
    boolean prevReader = r.scenario().map(s -> s.lockSteps().stream().findFirst().map(ScenarioStep::action).orElse("lock"))
        .map(action -> action.equals("rlock")).orElse(false);
    facts.scene("the report's own acquisition of " + next.name() + " while " + prev.name() + " is held",
        Facts.context(closing).orElse(List.of()), heldAround(facts, r.heldLocks(), facts.held(prevLock, prev, prevReader)),
        new Step.Take(facts.acquisition(nextLock, next.name(), closing, false)));
    return facts.plan(new ViolationKey("circular-dependency", ViolationKey.rotated(claimedCycle(r, ascending)), ""), false);
  }

  /**
   * The cycle the report claims, in dependency order: the two locks of its header when the chain
   * has two entries, the three of {@code Chain exists of:} (which names the whole cycle when it has
   * three), otherwise the chain itself; so that a chain whose traces disagree with the claim fails.
   */
  private static List<String> claimedCycle(CircularDependency r, List<ChainEntry> ascending) {
    if (ascending.size() == 2) {
      return List.of(r.next().orElseThrow().name().printed(), r.prev().orElseThrow().name().printed());
    }
    List<String> chain = ascending.stream().map(e -> e.lock().name().printed()).toList();
    return r.chainExistsOf().filter(names -> names.size() == chain.size())
        .map(names -> names.stream().map(LockClassName::printed).toList())
        .orElse(chain);
  }

  /** Recursive locking: the held lock, then the report's acquisition of the same class. */
  public ReplayPlan recursive(RecursiveLocking r) {
    Facts facts = facts();
    LockLine next = Facts.required(r.next(), "the lock being acquired");
    LockLine prev = Facts.required(r.prev(), "the lock already held");
    String prevLock = facts.lock(prev);
    String nextLock = next.address().isPresent() && next.address().equals(prev.address()) ? prevLock : facts.lock(next);
    TraceAnalysis use = facts.analyze(backtrace(r.backtrace()));
    facts.scene("the report's own acquisition of " + next.name() + " while " + prev.name() + " is held",
        Facts.context(use).orElse(List.of()), List.of(facts.held(prevLock, prev, false)),
        new Step.Take(facts.acquisition(nextLock, next.name(), use, false)));
    return facts.plan(new ViolationKey("recursive-locking", List.of(next.name().printed()), ""), false);
  }

  /**
   * Irq inversion: every usage trace of every class on the printed path (but the report's own new
   * bit), every dependency of the path, then the report's own use of the changed lock.
   */
  public ReplayPlan inversion(IrqInversion r) {
    Facts facts = facts();
    LockLine changed = Facts.required(r.changed(), "the lock whose state changed");
    LockLine other = Facts.required(r.other(), "the other lock");
    IrqClass irq = Facts.required(r.irqClass(), "the irq class");
    List<ClassBlock> path = r.path();
    if (path.isEmpty()) {
      throw new Facts.Missing("the dependency path");
    }
    if (irq.state() == dev.lockscope.report.IrqState.RECLAIM_FS) {
      throw Facts.Missing.beyond("the engine follows lockdep 6.12, which no longer tracks the filesystem-reclaim state (lockdep did from 2.6.30 to 4.12)");
    }
    UsageBit newBit = UsageBit.of(irq.state(), r.forward(), false);
    facts.exclude(changed, newBit, UsageBit.of(irq.state(), r.forward(), true));
    for (ClassBlock block : path) {
      boolean self = block.name().equals(changed.name());
      usageScenes(facts, block, bit -> !(self && bit.state().equals(newBit.state()) && bit.usedIn() == newBit.usedIn()));
    }
    int depth = path.size() - 1;
    for (int k = depth; k >= 1; k--) {
      ClassBlock child = r.forward() ? path.get(depth - k) : path.get(depth - k + 1);
      ClassBlock parent = r.forward() ? path.get(depth - k + 1) : path.get(depth - k);
      ClassBlock traced = path.get(depth - k);
      edgeScene(facts, parent.lock(), child.lock(), Facts.required(traced.acquiredAt(), "the trace of a dependency of the path"));
    }
    TraceAnalysis use = facts.analyze(backtrace(r.backtrace()));
    String lock = facts.lock(changed);
    List<Interrupt> context = Facts.contextFor(use, newBit, "the report's own use");
    if (!newBit.usedIn() && use.enablePath().isPresent()) {
      enabling(facts, "the report's own use of " + changed.name(), lock, changed, newBit, context, use);
    } else {
      facts.scene("the report's own use of " + changed.name(), context, List.of(),
          new Step.Take(facts.acquisition(lock, changed.name(), use, false)));
    }
    List<String> classes = r.forward()
        ? List.of(changed.name().printed(), other.name().printed())
        : List.of(other.name().printed(), changed.name().printed());
    return facts.plan(new ViolationKey("irq-inversion", classes, irq.printed()), false);
  }

  /**
   * Irq-safe to irq-unsafe order: the usage traces of the safe and the unsafe lock and of every
   * class of both paths, the dependencies of both paths, then the new dependency the report's
   * backtrace records, in the irq state its context tuple shows.
   */
  public ReplayPlan safeToUnsafe(IrqSafeUnsafeOrder r) {
    Facts facts = facts();
    LockLine next = Facts.required(r.next(), "the lock being acquired");
    LockLine prev = Facts.required(r.prev(), "the lock already held");
    LockLine safe = Facts.required(r.safe(), "the irq-safe lock");
    LockLine unsafe = Facts.required(r.unsafe(), "the irq-unsafe lock");
    IrqClass irq = Facts.required(r.irqClass(), "the irq class");
    UsageBit safeBit = irq.safeBit();
    registeringIfGiven(facts, safe, safeBit, r.safeTrace());
    UsageBit unsafeBit = UsageBit.of(irq.state(), false, unsafe.usage().map(u -> !u.setBits().contains(UsageBit.of(irq.state(), false, false))).orElse(false));
    registeringIfGiven(facts, unsafe, unsafeBit, r.unsafeTrace());
    r.backwardPath().forEach(block -> usageScenes(facts, block, bit -> true));
    r.forwardPath().forEach(block -> usageScenes(facts, block, bit -> true));
    List<ClassBlock> backward = r.backwardPath();
    for (int k = 0; k + 1 < backward.size(); k++) {
      edgeScene(facts, backward.get(k).lock(), backward.get(k + 1).lock(),
          Facts.required(backward.get(k + 1).acquiredAt(), "the trace of a dependency of the backward path"));
    }
    List<ClassBlock> forward = r.forwardPath();
    for (int k = forward.size() - 1; k >= 1; k--) {
      edgeScene(facts, forward.get(k).lock(), forward.get(k - 1).lock(),
          Facts.required(forward.get(k - 1).acquiredAt(), "the trace of a dependency of the forward path"));
    }
    TraceAnalysis use = facts.analyze(backtrace(r.backtrace()));
    List<Interrupt> context = r.context().map(Facts::context).or(() -> Facts.context(use)).orElse(List.of());
    Acquisition held = facts.held(facts.lock(prev), prev, false);
    if (r.context().isPresent() && context.isEmpty()) {
      held = Facts.heldAs(held, Facts.hold(r.context().get()));
    }
    facts.scene("the new dependency " + prev.name() + " -> " + next.name(), context, List.of(held),
        new Step.Take(facts.acquisition(facts.lock(next), next.name(), use, false)));
    return facts.plan(new ViolationKey("irq-safe-unsafe-order", List.of(safe.name().printed(), unsafe.name().printed()), irq.printed()), false);
  }

  private void registeringIfGiven(Facts facts, LockLine line, UsageBit bit, Optional<StackTrace> trace) {
    if (trace.isPresent()) {
      registering(facts, facts.lock(line), line, bit, trace.get());
    }
  }

  /** One scene per usage trace of a class header block that {@code keep} accepts. */
  private void usageScenes(Facts facts, ClassBlock block, java.util.function.Predicate<UsageBit> keep) {
    String lock = facts.lock(block.lock());
    facts.listed(block);
    for (UsageTrace usage : block.usages()) {
      Optional<UsageBit> bit = UsageBit.parse(usage.usage());
      if (bit.isEmpty() || !keep.test(bit.get())) {
        continue;
      }
      if (bit.get().isStateBit()) {
        registering(facts, lock, block.lock(), bit.get(), usage.trace());
      } else {
        TraceAnalysis use = facts.analyze(usage.trace());
        facts.scene("the initial use of " + block.name(), Facts.context(use).orElse(List.of()), List.of(),
            new Step.Take(facts.within(facts.acquisition(lock, block.name(), use, bit.get().read()), block.lock())));
      }
    }
  }

  /** A dependency: {@code taken} acquired, as {@code trace} shows, while {@code held} is held. */
  private void edgeScene(Facts facts, LockLine held, LockLine taken, StackTrace trace) {
    TraceAnalysis use = facts.analyze(trace);
    facts.scene("the dependency " + held.name() + " -> " + taken.name(), Facts.context(use).orElse(List.of()),
        List.of(facts.held(facts.lock(held), held, false)),
        new Step.Take(facts.within(facts.acquisition(facts.lock(taken), taken.name(), use, false), taken)));
  }

  /**
   * Invalid wait context: the locks held (with the lock types their wait types give), the task's
   * context, then the report's acquisition.
   */
  public ReplayPlan waitContext(InvalidWaitContext r, boolean rawLockNesting) {
    Facts facts = facts();
    LockLine next = Facts.required(r.lock(), "the lock being acquired");
    int contextWait = Facts.required(r.context(), "the context-{C:C} line").value();
    List<Interrupt> context = waitContext(contextWait, rawLockNesting);
    List<Acquisition> held = new ArrayList<>();
    for (HeldLock lock : heldLocks(r.heldLocks())) {
      facts.defaultType(LockTypes.of(lock.lock(), rawLockNesting, rules));
      held.add(facts.held(facts.lock(lock.lock()), lock.lock(), false).withPrimitive(Acquisition.HELD, 0, false, IrqHold.NONE));
    }
    facts.defaultType(LockTypes.of(next, rawLockNesting, rules));
    String lock = facts.lock(next);
    TraceAnalysis use = facts.analyze(backtrace(r.backtrace()));
    facts.scene("the report's own acquisition of " + next.name(), context, held,
        new Step.Take(facts.acquisition(lock, next.name(), use, false).withPrimitive("lock_acquire", 0, false, IrqHold.NONE)));
    return facts.plan(new ViolationKey("invalid-wait-context", List.of(next.name().printed()), ""), rawLockNesting);
  }

  private List<Interrupt> waitContext(int value, boolean raw) {
    String name = rules.findings().waitTypes().stream().filter(w -> w.value(raw) == value && w.isTaskContext())
        .map(dev.lockscope.rules.WaitType::name).findFirst()
        .orElseThrow(() -> new Facts.Missing("a task context with wait type " + value));
    return switch (name) {
      case "SPIN" -> List.of(Interrupt.HARDIRQ_NOTHREAD);
      case "CONFIG" -> List.of(Interrupt.SOFTIRQ);
      default -> List.of();
    };
  }

  private static List<HeldLock> heldLocks(Optional<HeldLocks> held) {
    HeldLocks locks = Facts.required(held, "the held-locks list");
    if (!locks.allPrinted()) {
      throw new Facts.Missing("every held lock (the list is cut)");
    }
    return locks.locks();
  }

  /** Bad unlock balance: the locks held, then the release of a lock that is not among them. */
  public ReplayPlan unlockImbalance(UnheldLockOperation r) {
    Facts facts = facts();
    var unheld = Facts.required(r.lock(), "the released lock");
    List<Acquisition> held = holdAll(facts, r.heldLocks());
    String lock = facts.lock(unheld.name(), Optional.of("unheld"), "lockdep_map");
    facts.scene("the release of " + unheld.name(), List.of(), held,
        new Step.ReleaseUnheld(lock, Facts.site(unheld.site()).orElse(new Acquisition.Site("release", Optional.empty()))));
    return facts.plan(new ViolationKey("bad-unlock-balance", List.of(unheld.name().printed()), ""), false);
  }

  /** Held lock freed: the locks held, then the memory of the freed one freed. */
  public ReplayPlan freed(HeldLockFreed r) {
    Facts facts = facts();
    LockLine freed = Facts.required(r.lock(), "the freed lock");
    List<Acquisition> held = holdAll(facts, r.heldLocks());
    Acquisition.Site site = Facts.site(r.backtrace().flatMap(b -> facts.analyze(b.trace()).callers().stream().findFirst()))
        .orElse(new Acquisition.Site("kfree", Optional.empty()));
    facts.scene("the free", List.of(), held, new Step.Free(facts.lock(freed), site));
    return facts.plan(new ViolationKey("held-lock-freed", List.of(freed.name().printed()), ""), false);
  }

  /** Locks held at exit: the locks held, then the task's exit. */
  public ReplayPlan exit(LocksHeldAtExit r) {
    Facts facts = facts();
    List<Acquisition> held = holdAll(facts, r.heldLocks());
    facts.scene("the exit", List.of(), held, new Step.Exit(new Acquisition.Site("do_exit", Optional.empty())));
    return facts.plan(new ViolationKey("locks-held-at-exit", heldNames(r.heldLocks()), ""), false);
  }

  /** Lock held when returning to user space: the locks held, then the return. */
  public ReplayPlan returning(LockHeldReturning r) {
    Facts facts = facts();
    List<Acquisition> held = holdAll(facts, r.heldLocks());
    facts.scene("the return to user space", List.of(), held, new Step.ReturnToUser());
    return facts.plan(new ViolationKey("lock-held-returning", heldNames(r.heldLocks()), ""), false);
  }

  /**
   * The locks held around the report's own acquisition: every lock of its held-locks list, with
   * {@code prev} as it is known from the report's header, or {@code prev} alone when the list is
   * missing, cut or does not show it. The others are held unvalidated: the text shows them held,
   * not in which order against the chain's dependencies they were first taken.
   */
  private static List<Acquisition> heldAround(Facts facts, Optional<HeldLocks> held, Acquisition prev) {
    if (held.isEmpty() || !held.get().allPrinted()
        || held.get().locks().stream().noneMatch(h -> facts.lock(h.lock()).equals(prev.lock()))) {
      return List.of(prev);
    }
    return held.get().locks().stream()
        .map(h -> facts.lock(h.lock()).equals(prev.lock()) ? prev : facts.held(facts.lock(h.lock()), h.lock(), false).unvalidated())
        .toList();
  }

  private static List<Acquisition> holdAll(Facts facts, Optional<HeldLocks> held) {
    return heldLocks(held).stream().map(h -> facts.held(facts.lock(h.lock()), h.lock(), false)).toList();
  }

  private static List<String> heldNames(Optional<HeldLocks> held) {
    return heldLocks(held).stream().map(h -> h.lock().name().printed()).toList();
  }
}
