package dev.lockscope.engine;

import dev.lockscope.rules.BuiltinLock;
import dev.lockscope.rules.EngineRules;
import dev.lockscope.rules.LockTypeRule;
import dev.lockscope.rules.SleepCheck;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lockdep, replayed: the validator of {@code kernel/locking/lockdep.c} (Linux 6.12) over events
 * given one at a time. Acquisitions go through the checks in the kernel's order (wait context,
 * usage marking with the single-class and the forward/backward irq searches, nest lock, then for
 * a new chain recursion, the strong-path cycle search and the irq safe-to-unsafe search before the
 * dependency is added); releases, irq-state changes, frees, exits and RCU accesses are checked as
 * the kernel checks them. Each violation goes to the sink; like the kernel, the first one turns
 * the validator off, unless the configuration asks for every violation (each reported once).
 *
 * <p>Memory grows with classes, dependencies and chains, never with the number of events.
 */
public final class Lockdep {

  private static final long INSTANCE_BASE = 0xffff888003a00000L;
  private static final long KEY_BASE = 0xffffffff83000000L;
  private static final long INITIAL_CHAIN_KEY = -1L;

  private final EngineRules rules;
  private final EngineConfig config;
  private final Consumer<Violation> sink;
  private final LockGraph graph = new LockGraph();
  private final StrongPathSearch search = new StrongPathSearch(graph);
  private final IrqPaths irqPaths = new IrqPaths();
  private final Map<String, ClassKey> keys = new HashMap<>();
  private final Map<String, LockInstance> instances = new HashMap<>();
  private final Map<String, Task> tasks = new LinkedHashMap<>();
  private final Map<String, Task> tasksByComm = new HashMap<>();
  private final ChainCache chains = new ChainCache();
  private final Set<String> reported = new HashSet<>();
  private final Set<String> warnedRcuSites = new HashSet<>();
  private final int spinContextWait;
  private final int configContextWait;
  private final int processContextWait;
  private boolean debugLocks = true;
  private long events;

  public Lockdep(EngineRules rules, EngineConfig config, Consumer<Violation> sink) {
    this.rules = rules;
    this.config = config;
    this.sink = sink;
    this.spinContextWait = rules.waitType("SPIN").value(config.rawLockNesting());
    this.configContextWait = rules.waitType("CONFIG").value(config.rawLockNesting());
    this.processContextWait = rules.waitType("MAX").value(config.rawLockNesting());
  }

  public EngineConfig config() {
    return config;
  }

  /** Whether the validator still runs ({@code debug_locks}): false after a violation unless all are reported. */
  public boolean active() {
    return debugLocks;
  }

  /** The lock-class graph as it stands. */
  public LockGraph graph() {
    return graph;
  }

  /** How many distinct held-lock chains were validated (lockdep's chain cache). */
  public int chains() {
    return chains.size();
  }

  /** How many events the engine was given. */
  public long events() {
    return events;
  }

  /** The task {@code comm/pid}, created (with irqs and softirqs enabled, on its own CPU) on first use. */
  public Task task(String comm, int pid) {
    return tasks.computeIfAbsent(comm + "/" + pid, c -> {
      Task task = new Task(new TaskRef(comm, pid), tasks.size());
      tasksByComm.putIfAbsent(comm, task);
      return task;
    });
  }

  /** The first task created with this comm. */
  public Optional<Task> existingTask(String comm) {
    return Optional.ofNullable(tasksByComm.get(comm));
  }

  /**
   * Declares a lock instance. Instances naming the same class share its key; a class has one type.
   *
   * @throws EngineException for an unknown type, a name declared twice or a class given two types
   */
  public LockInstance declare(String name, String typeName, Optional<String> className) {
    if (instances.containsKey(name)) {
      throw new EngineException("lock " + name + " is declared twice");
    }
    LockTypeRule type = rules.lockType(typeName)
        .orElseThrow(() -> new EngineException("unknown lock type '" + typeName + "'"));
    return register(name, type, className.orElse(name));
  }

  private LockInstance register(String name, LockTypeRule type, String className) {
    ClassKey key = keys.computeIfAbsent(className, n -> new ClassKey(n, type, KEY_BASE + 0x40L * keys.size()));
    if (key.type != type) {
      throw new EngineException("class " + className + " is a " + key.type.name() + ", not a " + type.name());
    }
    LockInstance instance = new LockInstance(name, type, key, INSTANCE_BASE + 0x100L * instances.size() + 0x40);
    instances.put(name, instance);
    return instance;
  }

  public Optional<LockInstance> lock(String name) {
    return Optional.ofNullable(instances.get(name));
  }

  /** One of lockdep's built-in maps ({@code rcu_read_lock}, ...), declared on first use. */
  public LockInstance builtin(String name) {
    LockInstance existing = instances.get(name);
    if (existing != null) {
      return existing;
    }
    BuiltinLock builtin = rules.builtin(name).orElseThrow(() -> new EngineException("no built-in lock " + name));
    return register(name, rules.lockType(builtin.type()).orElseThrow(), name);
  }

  // ---------------------------------------------------------------- acquisitions

  /**
   * {@code lock_acquire()}: task {@code t} takes {@code lock}.
   *
   * @param read 0 exclusive, 1 shared, 2 shared recursive
   * @param nest the nest_lock serialising this acquisition, if any
   */
  public void acquire(Task t, LockInstance lock, int subclass, boolean trylock, int read, boolean check,
      Optional<LockInstance> nest, Evidence evidence) {
    events++;
    if (!debugLocks) {
      return;
    }
    if (t.inNmi()) {
      if (!trylock) {
        verifyLockUnused(t, lock, subclass, read, evidence);
      }
      return;
    }
    acquire(t, lock, subclass, trylock, read, check, !t.hardirqsEnabled, nest.orElse(null), Moment.acquisition(evidence), 0, false);
  }

  /** {@code lock_sync()}: validated like an acquisition, never held. */
  public void sync(Task t, LockInstance lock, int subclass, int read, boolean check, Evidence evidence) {
    events++;
    if (!debugLocks || t.inNmi()) {
      return;
    }
    acquire(t, lock, subclass, false, read, check, !t.hardirqsEnabled, null, Moment.acquisition(evidence), 0, true);
  }

  /** {@code __lock_acquire}: returns 0 when a check failed, 1 when pushed, 2 when merged into a nest-locked entry. */
  private int acquire(Task t, LockInstance lock, int subclass, boolean trylock, int read, boolean check,
      boolean hardirqsOff, LockInstance nest, Moment moment, int references, boolean sync) {
    LockClass lockClass = lockClass(t, lock, subclass, moment);
    if (lockClass == null) {
      return 0;
    }
    int depth = t.depth;
    if (depth > 0 && !sync) {
      HeldLock top = t.held[depth - 1];
      if (top.lockClass == lockClass && nest != null) {
        top.references = Math.max(top.references, 1) + Math.max(references, 1);
        return 2;
      }
    }
    HeldLock next = new HeldLock(lock, lockClass, moment.evidence(), read, trylock, check, hardirqsOff, sync,
        t.irqContext(), nest, references);
    if (!checkWaitContext(t, next, moment)) {
      return 0;
    }
    if (!markUsage(t, next, check, moment)) {
      return 0;
    }
    long chainKey = t.currChainKey;
    boolean chainHead = depth == 0;
    if (chainHead) {
      chainKey = INITIAL_CHAIN_KEY;
    }
    next.prevChainKey = chainKey;
    if (depth > 0 && t.held[depth - 1].irqContext != next.irqContext) {
      chainKey = INITIAL_CHAIN_KEY;
      chainHead = true;
    }
    chainKey = ChainCache.iterate(chainKey, lockClass.id, read);
    if (nest != null && !isHeld(t, nest)) {
      if (!fail(new Violation.NestedLockNotTaken(t.ref, next.view(), nest.mapName(),
          tail(t, moment.backtrace(List.of("print_lock_nested_lock_not_held")))))) {
        return 0;
      }
    }
    if (!validateChain(t, next, chainHead, chainKey, moment)) {
      return 0;
    }
    if (sync) {
      return 1;
    }
    t.currChainKey = chainKey;
    push(t, next);
    if (t.depth >= Task.MAX_LOCK_DEPTH && !fail(new Violation.ValidatorLimit(t.ref,
        List.of("BUG: MAX_LOCK_DEPTH too low!", "turning off the locking correctness validator.",
            "depth: %d  max: %d!".formatted(t.depth, Task.MAX_LOCK_DEPTH)), true,
        tail(t, moment.backtrace(List.of()))))) {
      return 0;
    }
    return 1;
  }

  private static void push(Task t, HeldLock next) {
    if (t.depth == t.held.length) {
      t.held = Arrays.copyOf(t.held, t.held.length * 2);
    }
    t.held[t.depth++] = next;
  }

  /** {@code register_lock_class}: the class of this instance and subclass, registered on first use. */
  private LockClass lockClass(Task t, LockInstance lock, int subclass, Moment moment) {
    if (subclass < 0 || subclass >= LockInstance.MAX_SUBCLASSES) {
      fail(new Violation.ValidatorLimit(t.ref,
          List.of("BUG: looking up invalid subclass: " + Integer.toUnsignedString(subclass),
              "turning off the locking correctness validator."), false,
          tail(t, moment.backtrace(List.of("look_up_lock_class", "register_lock_class")))));
      return null;
    }
    LockClass cached = lock.classCache[subclass];
    if (cached != null) {
      return cached;
    }
    ClassKey key = lock.key;
    LockClass lockClass = key.subclasses[subclass];
    if (lockClass == null) {
      LockTypeRule type = key.type;
      int inner = rules.waitType(type.inner()).value(config.rawLockNesting());
      int outer = type.outer().map(o -> rules.waitType(o).value(config.rawLockNesting())).orElse(0);
      lockClass = graph.addClass(new LockClass(graph.classCount(), key.name, subclass, type, inner, outer, key.address));
      key.subclasses[subclass] = lockClass;
    }
    lock.classCache[subclass] = lockClass;
    return lockClass;
  }

  /** {@code verify_lock_unused}: an acquisition in NMI of a class already used outside it. */
  private void verifyLockUnused(Task t, LockInstance lock, int subclass, int read, Evidence evidence) {
    if (subclass < 0 || subclass >= LockInstance.MAX_SUBCLASSES) {
      return;
    }
    LockClass lockClass = lock.key.subclasses[subclass];
    int mask = Usage.flag(Usage.USED) | (read == 0 ? Usage.flag(Usage.USED_READ) : 0);
    if (lockClass == null || (lockClass.usageMask & mask) == 0) {
      return;
    }
    Moment moment = Moment.acquisition(evidence);
    SavedTrace used = lockClass.usageTraces[Usage.USED] != null
        ? lockClass.usageTraces[Usage.USED]
        : lockClass.usageTraces[Usage.USED_READ];
    fail(new Violation.InconsistentLockState(t.ref, t.contextTuple(),
        new LockView(lock.address, lockClass.view(), evidence.site()),
        Usage.toReport(Usage.USED), Usage.toReport(Usage.IN_NMI), Optional.ofNullable(used), t.irqTrace,
        tail(t, moment.backtrace(List.of("print_usage_bug", "verify_lock_unused")))));
  }

  // ---------------------------------------------------------------- usage bits

  /** {@code mark_usage}: the usage bits this acquisition sets, each checked as it is set. */
  private boolean markUsage(Task t, HeldLock hlock, boolean check, Moment moment) {
    if (check) {
      if (!hlock.trylock) {
        boolean read = hlock.read != 0;
        if (t.hardirqContext > 0 && !markLock(t, hlock, read ? Usage.USED_IN_HARDIRQ_READ : Usage.USED_IN_HARDIRQ, moment)) {
          return false;
        }
        if (t.softirqContext > 0 && !markLock(t, hlock, read ? Usage.USED_IN_SOFTIRQ_READ : Usage.USED_IN_SOFTIRQ, moment)) {
          return false;
        }
      }
      if (!hlock.hardirqsOff && !hlock.sync) {
        boolean read = hlock.read != 0;
        if (!markLock(t, hlock, read ? Usage.ENABLED_HARDIRQ_READ : Usage.ENABLED_HARDIRQ, moment)) {
          return false;
        }
        if (t.softirqsEnabled && !markLock(t, hlock, read ? Usage.ENABLED_SOFTIRQ_READ : Usage.ENABLED_SOFTIRQ, moment)) {
          return false;
        }
      }
    }
    return markLock(t, hlock, Usage.USED, moment);
  }

  /** {@code mark_lock}: sets a bit, saving the trace, and checks it if it is an irq bit. */
  private boolean markLock(Task t, HeldLock hlock, int bit, Moment moment) {
    int newBit = bit == Usage.USED && hlock.read != 0 ? Usage.USED_READ : bit;
    LockClass lockClass = hlock.lockClass;
    if (lockClass.has(newBit)) {
      return true;
    }
    lockClass.usageMask |= Usage.flag(newBit);
    lockClass.usageTraces[newBit] = moment.saved();
    return newBit >= Usage.USED || markLockIrq(t, hlock, newBit, moment);
  }

  /**
   * {@code mark_lock_irq}: the single-class exclusion ({@code valid_state}: the class must not have
   * the exclusive bit, nor for a write bit its read variant), then the graph search of the other
   * direction. With every violation wanted, a class found inconsistent is not searched as well.
   */
  private boolean markLockIrq(Task t, HeldLock hlock, int newBit, Moment moment) {
    int exclusive = Usage.exclusiveBit(newBit);
    LockClass lockClass = hlock.lockClass;
    int bad = lockClass.has(exclusive) ? exclusive
        : !Usage.isRead(newBit) && lockClass.has(exclusive + Usage.READ_MASK) ? exclusive + Usage.READ_MASK : -1;
    if (bad >= 0) {
      return fail(new Violation.InconsistentLockState(t.ref, t.contextTuple(), hlock.view(),
          Usage.toReport(bad), Usage.toReport(newBit), Optional.ofNullable(lockClass.usageTraces[bad]), t.irqTrace,
          tail(t, moment.backtrace(List.of("print_usage_bug", "mark_lock")))));
    }
    return Usage.isEnabled(newBit)
        ? checkUsage(t, hlock, exclusive, StrongPathSearch.Direction.BACKWARD, moment)
        : checkUsage(t, hlock, exclusive, StrongPathSearch.Direction.FORWARD, moment);
  }

  /**
   * {@code check_usage_forwards} / {@code check_usage_backwards}: no class reachable from this one
   * (forwards for a new irq-safe bit, backwards for a new irq-unsafe one) has the exclusive bit.
   */
  private boolean checkUsage(Task t, HeldLock hlock, int bit, StrongPathSearch.Direction direction, Moment moment) {
    int readBit = bit + Usage.READ_MASK;
    int mask = Usage.flag(bit) | Usage.flag(readBit);
    boolean forwards = direction == StrongPathSearch.Direction.FORWARD;
    boolean rootOnlyRecursive = forwards ? hlock.read == 2 : hlock.read != 0;
    Optional<StrongPathSearch.Found> found =
        search.search(hlock.lockClass, rootOnlyRecursive, direction, usageMatch(mask), true);
    if (found.isEmpty()) {
      return true;
    }
    LockClass other = found.get().target();
    if (config.reportAll() && (other.inconsistentIn(bit) || hlock.lockClass.inconsistentIn(bit))) {
      return true;
    }
    String irqClass = Usage.stateName(other.has(bit) ? bit : readBit);
    Violation.IrqScenario scenario = irqPaths.inversionScenario(hlock.lockClass, found.get(), forwards);
    List<Violation.PathBlock> path = irqPaths.childTraces(hlock.lockClass, found.get(), direction, moment.current());
    return fail(new Violation.IrqInversion(t.ref, hlock.view(), forwards, irqClass, other.view(), scenario, path,
        tail(t, moment.backtrace(List.of("print_irq_inversion_bug",
            forwards ? "check_usage_forwards" : "check_usage_backwards", "mark_lock_irq", "mark_lock")))));
  }

  /** {@code usage_match}: a path ending in -(*R)-> only counts the class's write bits. */
  private static StrongPathSearch.Matcher usageMatch(int mask) {
    return (lockClass, onlyRecursive) ->
        ((onlyRecursive ? lockClass.usageMask & Usage.IRQ : lockClass.usageMask) & mask) != 0;
  }

  // ---------------------------------------------------------------- dependencies

  /** {@code validate_chain}: the full checks run only the first time a chain of held classes is seen. */
  private boolean validateChain(Task t, HeldLock next, boolean chainHead, long chainKey, Moment moment) {
    if (next.trylock || !next.check || !chains.add(chainKey)) {
      return true;
    }
    int deadlock = checkDeadlock(t, next, moment);
    if (deadlock == 0) {
      return false;
    }
    return chainHead || deadlock == 2 || checkPrevsAdd(t, next, moment);
  }

  /** {@code check_deadlock}: 0 when reported, 1 when fine, 2 when the nest lock serialises a same-class lock. */
  private int checkDeadlock(Task t, HeldLock next, Moment moment) {
    HeldLock nest = null;
    for (int i = 0; i < t.depth; i++) {
      HeldLock prev = t.held[i];
      if (prev.instance == next.nestLock) {
        nest = prev;
      }
      if (prev.lockClass != next.lockClass || (next.read == 2 && prev.read != 0)) {
        continue;
      }
      if (nest != null) {
        return 2;
      }
      return fail(new Violation.RecursiveLocking(t.ref, next.view(), prev.view(),
          tail(t, moment.backtrace(List.of("print_deadlock_bug"))))) ? 1 : 0;
    }
    return 1;
  }

  /**
   * {@code check_prevs_add}: the new lock depends on the lock held before it in this irq context,
   * and on every trylock in between (a trylock's own dependencies were never checked).
   */
  private boolean checkPrevsAdd(Task t, HeldLock next, Moment moment) {
    int depth = t.depth;
    while (true) {
      int distance = t.depth - depth + 1;
      HeldLock prev = t.held[depth - 1];
      if (prev.check) {
        if (!checkPrevAdd(t, prev, next, distance, moment)) {
          return false;
        }
        if (!prev.trylock) {
          break;
        }
      }
      depth--;
      if (depth == 0 || t.held[depth].irqContext != t.held[depth - 1].irqContext) {
        break;
      }
    }
    return true;
  }

  /** {@code check_prev_add}: the cycle check, the irq check, then the dependency is recorded. */
  private boolean checkPrevAdd(Task t, HeldLock prev, HeldLock next, int distance, Moment moment) {
    if (!checkNoncircular(t, next, prev, moment) || !checkIrqUsage(t, prev, next, moment)) {
      return false;
    }
    int type = Dependency.type(prev.read, next.read);
    Optional<Dependency> existing = graph.dependency(prev.lockClass, next.lockClass);
    if (existing.isPresent()) {
      Dependency dependency = existing.get();
      if (distance == 1) {
        dependency.distance = 1;
      }
      dependency.add(type, moment.dependency());
      return true;
    }
    graph.addDependency(prev.lockClass, next.lockClass, distance, moment.dependency()).add(type, moment.dependency());
    return true;
  }

  /**
   * {@code check_noncircular}: a strong path from the new lock back to the held one would close a
   * strong cycle with the new dependency ({@code hlock_conflict}).
   */
  private boolean checkNoncircular(Task t, HeldLock next, HeldLock prev, Moment moment) {
    Optional<StrongPathSearch.Found> found = search.search(next.lockClass, next.read == 2,
        StrongPathSearch.Direction.FORWARD,
        (lockClass, onlyRecursive) -> lockClass == prev.lockClass && (prev.read == 0 || !onlyRecursive), false);
    if (found.isEmpty()) {
      return true;
    }
    if (next.lockClass == prev.lockClass) {
      // print_deadlock_bug(current, src, target): the kernel passes the new lock as "prev"
      return fail(new Violation.RecursiveLocking(t.ref, prev.view(), next.view(),
          tail(t, moment.backtrace(List.of("print_deadlock_bug", "check_noncircular")))));
    }
    List<Dependency> path = found.get().path();
    List<Violation.ChainLink> chain = new ArrayList<>();
    for (int i = path.size() - 1; i >= 0; i--) {
      chain.add(new Violation.ChainLink(i + 1, path.get(i).to.view(), path.get(i).trace));
    }
    chain.add(new Violation.ChainLink(0, next.lockClass.view(), moment.current()));
    String middle = path.get(path.size() - 1).from.printedName();
    return fail(new Violation.CircularDependency(t.ref, next.view(), prev.view(), chain, prev.read != 0,
        next.read != 0, next.sync, middle, tail(t, moment.backtrace(List.of("print_circular_bug", "check_noncircular")))));
  }

  /**
   * {@code check_irq_usage}: the new dependency must not connect a class used in an irq context
   * (backwards from the held lock) to one used with that irq enabled (forwards from the new lock).
   */
  private boolean checkIrqUsage(Task t, HeldLock prev, HeldLock next, Moment moment) {
    int[] accumulated = {0};
    search.search(prev.lockClass, prev.read != 0, StrongPathSearch.Direction.BACKWARD, (lockClass, onlyRecursive) -> {
      accumulated[0] |= onlyRecursive ? lockClass.usageMask & Usage.IRQ : lockClass.usageMask;
      return false;
    }, true);
    int usage = accumulated[0] & Usage.USED_IN_IRQ_ALL;
    if (usage == 0) {
      return true;
    }
    Optional<StrongPathSearch.Found> forward = search.search(next.lockClass, next.read == 2,
        StrongPathSearch.Direction.FORWARD, usageMatch(Usage.exclusiveMask(usage)), true);
    if (forward.isEmpty()) {
      return true;
    }
    LockClass unsafe = forward.get().target();
    int backwardMask = Usage.originalMask(unsafe.usageMask & Usage.ENABLED_IRQ_ALL);
    Optional<StrongPathSearch.Found> backward = search.search(prev.lockClass, prev.read != 0,
        StrongPathSearch.Direction.BACKWARD, usageMatch(backwardMask), true);
    if (backward.isEmpty()) {
      return true;
    }
    LockClass safe = backward.get().target();
    int[] bits = IrqPaths.exclusiveMatch(safe.usageMask, unsafe.usageMask);
    if (bits == null || (config.reportAll() && (safe.inconsistentIn(bits[0]) || unsafe.inconsistentIn(bits[0])))) {
      return true;
    }
    String irqClass = Usage.stateName(bits[0]);
    LockClass middle = prev.lockClass == safe ? next.lockClass : prev.lockClass;
    Violation.IrqScenario scenario =
        new Violation.IrqScenario(safe.printedName(), unsafe.printedName(), middle.printedName());
    return fail(new Violation.IrqSafeToUnsafe(t.ref, t.contextTuple(), irqClass, next.view(), prev.view(),
        safe.view(), Optional.ofNullable(safe.usageTraces[bits[0]]), unsafe.view(),
        Optional.ofNullable(unsafe.usageTraces[bits[1]]), scenario,
        irqPaths.parentTraces(prev.lockClass, backward.get()),
        irqPaths.childTraces(next.lockClass, forward.get(), StrongPathSearch.Direction.FORWARD, moment.saved()),
        tail(t, moment.backtrace(List.of("print_bad_irq_dependency", "check_irq_usage")))));
  }

  // ---------------------------------------------------------------- wait context

  /** {@code check_wait_context}: the lock's outer wait type against the context and the held locks. */
  private boolean checkWaitContext(Task t, HeldLock next, Moment moment) {
    LockClass lockClass = next.lockClass;
    if (lockClass.innerWait == 0 || next.trylock) {
      return true;
    }
    int nextOuter = lockClass.outerWait != 0 ? lockClass.outerWait : lockClass.innerWait;
    int start = t.depth;
    while (start > 0 && t.held[start - 1].irqContext == next.irqContext) {
      start--;
    }
    int contextWait = taskWaitContext(t);
    int current = contextWait;
    for (int i = start; i < t.depth; i++) {
      LockClass held = t.held[i].lockClass;
      if (held.innerWait != 0) {
        current = Math.min(current, held.innerWait);
        if (held.type.kind() == LockTypeRule.Kind.WAIT_OVERRIDE) {
          current = held.innerWait;
        }
      }
    }
    if (nextOuter <= current) {
      return true;
    }
    return fail(new Violation.InvalidWaitContext(t.ref, next.view(), contextWait, tail(t, moment.backtrace(List.of()))));
  }

  /** {@code task_wait_context}: SPIN in a hard irq that is never threaded, CONFIG in other irqs, MAX in a task. */
  private int taskWaitContext(Task t) {
    if (t.hardirqContext > 0) {
      return t.hardirqThreaded ? configContextWait : spinContextWait;
    }
    return t.softirqContext > 0 ? configContextWait : processContextWait;
  }

  // ---------------------------------------------------------------- releases

  /** {@code lock_release()}: the lock must be held in the current irq context. */
  public void release(Task t, LockInstance lock, Evidence evidence) {
    events++;
    if (!debugLocks || t.inNmi()) {
      return;
    }
    int index = findHeld(t, lock);
    if (index < 0) {
      unlockImbalance(t, lock, evidence, Moment.in(evidence, List.of("lock_release")));
      return;
    }
    HeldLock hlock = t.held[index];
    if (hlock.references > 0) {
      hlock.references--;
      if (hlock.references > 0) {
        return;
      }
    }
    removeAndReacquire(t, index, index + 1);
  }

  /** {@code lock_downgrade()}: a held writer becomes a reader. */
  public void downgrade(Task t, LockInstance lock, Evidence evidence) {
    events++;
    if (!debugLocks || t.inNmi()) {
      return;
    }
    int index = findHeld(t, lock);
    if (index < 0) {
      unlockImbalance(t, lock, evidence, Moment.in(evidence, List.of("lock_downgrade")));
      return;
    }
    t.held[index].read = 1;
    removeAndReacquire(t, index, index);
  }

  private void unlockImbalance(Task t, LockInstance lock, Evidence evidence, Moment moment) {
    fail(new Violation.UnlockImbalance(t.ref, lock.mapName(), evidence.site(),
        tail(t, moment.backtrace(List.of("print_unlock_imbalance_bug")))));
  }

  /** {@code find_held_lock}: from the top of the stack down, not crossing into another irq context. */
  private static int findHeld(Task t, LockInstance lock) {
    for (int i = t.depth - 1; i >= 0; i--) {
      if (matches(t.held[i], lock)) {
        return i;
      }
      if (i > 0 && t.held[i].irqContext != t.held[i - 1].irqContext) {
        return -1;
      }
    }
    return -1;
  }

  /** {@code match_held_lock}: the same instance, or a nest-locked entry of the same class. */
  private static boolean matches(HeldLock hlock, LockInstance lock) {
    return hlock.instance == lock || (hlock.references > 0 && lock.classCache[0] == hlock.lockClass);
  }

  /** Drops the lock at {@code index} and takes again (with every check) the locks above it from {@code from}. */
  private void removeAndReacquire(Task t, int index, int from) {
    int depth = t.depth;
    HeldLock removed = t.held[index];
    HeldLock[] above = from == depth ? null : Arrays.copyOfRange(t.held, from, depth);
    t.depth = index;
    t.currChainKey = removed.prevChainKey;
    Arrays.fill(t.held, index, depth, null);
    if (above == null) {
      return;
    }
    for (HeldLock h : above) {
      int result = acquire(t, h.instance, h.lockClass.subclass, h.trylock, h.read, h.check, h.hardirqsOff, h.nestLock,
          Moment.acquisition(h.evidence), h.references, false);
      if (result == 0) {
        return;
      }
    }
  }

  /** {@code __lock_is_held}: held in any context, by instance or as a nest-locked member. */
  boolean isHeld(Task t, LockInstance lock) {
    for (int i = 0; i < t.depth; i++) {
      if (matches(t.held[i], lock)) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- irq state

  /**
   * {@code lockdep_hardirqs_off}: hard irqs are disabled at {@code function}. The irq state is
   * kept even once the validator is off, so that what the trace says stays checkable.
   */
  public void hardirqsOff(Task t, String function) {
    events++;
    if (!t.hardirqsEnabled) {
      return;
    }
    t.hardirqsEnabled = false;
    t.irqTrace = t.irqTrace.hardirqsOff(function);
  }

  /**
   * {@code trace_hardirqs_on}: every held lock is marked irq-unsafe (and softirq-unsafe when
   * softirqs are on) before lockdep records irqs as enabled.
   */
  public void hardirqsOn(Task t, String function, Evidence evidence, boolean throughBhEnable) {
    events++;
    if (t.hardirqsEnabled || t.inNmi()) {
      return;
    }
    if (t.hardirqContext > 0) {
      throw new EngineException("a hard interrupt handler never enables interrupts");
    }
    Moment moment = Moment.hardirqsOn(evidence, throughBhEnable);
    if (markHeldLocks(t, Usage.ENABLED_HARDIRQ, moment) && t.softirqsEnabled) {
      markHeldLocks(t, Usage.ENABLED_SOFTIRQ, moment);
    }
    t.hardirqsEnabled = true;
    t.irqTrace = t.irqTrace.hardirqsOn(function);
  }

  /** {@code local_bh_disable()} and the bh part of {@code *_bh} primitives. */
  public void bhDisable(Task t, String function) {
    events++;
    t.softirqCount += 2;
    softirqsOff(t, function);
  }

  /**
   * {@code local_bh_enable()}: when bottom halves become enabled, lockdep records softirqs on with
   * hard irqs briefly off, then marks the held locks as it turns hard irqs back on.
   */
  public void bhEnable(Task t, String function, Evidence evidence) {
    events++;
    if (t.softirqCount < 2) {
      throw new EngineException("bottom halves are enabled more often than disabled");
    }
    boolean irqsWereOn = t.hardirqsEnabled;
    if (irqsWereOn) {
      hardirqsOff(t, "__local_bh_enable_ip");
    }
    if (t.softirqCount == 2) {
      softirqsOn(t, function);
    }
    t.softirqCount -= 2;
    if (irqsWereOn) {
      hardirqsOn(t, "__local_bh_enable_ip", evidence, true);
    }
  }

  private void softirqsOff(Task t, String function) {
    if (t.softirqsEnabled) {
      t.softirqsEnabled = false;
      t.irqTrace = t.irqTrace.softirqsOff(function);
    }
  }

  /** {@code lockdep_softirqs_on}: marks held locks softirq-unsafe only if hard irqs are on. */
  private void softirqsOn(Task t, String function) {
    if (t.softirqsEnabled) {
      return;
    }
    t.softirqsEnabled = true;
    t.irqTrace = t.irqTrace.softirqsOn(function);
    if (t.hardirqsEnabled) {
      markHeldLocks(t, Usage.ENABLED_SOFTIRQ,
          Moment.in(new Evidence(new Site(function, Optional.empty(), 0), List.of(), t.point()), List.of("lockdep_softirqs_on")));
    }
  }

  /** {@code local_irq_save()}: remembers whether irqs were on (under {@code flags}, or on a stack) and disables them. */
  public void irqSave(Task t, Optional<String> flags, String function) {
    if (flags.isPresent()) {
      t.namedFlags.put(flags.get(), t.hardirqsEnabled);
    } else {
      t.savedFlags.push(t.hardirqsEnabled);
    }
    hardirqsOff(t, function);
  }

  /** {@code local_irq_restore()}: irqs go back to the state the matching save found. */
  public void irqRestore(Task t, Optional<String> flags, String function, Evidence evidence) {
    Boolean saved = flags.isPresent() ? t.namedFlags.remove(flags.get()) : t.savedFlags.poll();
    if (saved == null) {
      throw new EngineException(flags.map(f -> "no local_irq_save() stored flags '" + f + "'")
          .orElse("irqs are restored without a matching save"));
    }
    if (saved) {
      hardirqsOn(t, function, evidence, false);
    } else {
      hardirqsOff(t, function);
    }
  }

  /** {@code read_lock_is_recursive()}: a rwlock reader is recursive in interrupt context, or everywhere without queued rwlocks. */
  public int rwlockReadMode(Task t) {
    return !config.queuedRwlocks() || t.hardirqCount > 0 || t.softirqCount != 0 ? 2 : 1;
  }

  public void preemptDisable(Task t) {
    t.preemptDisabled++;
  }

  public void preemptEnable(Task t) {
    if (t.preemptDisabled == 0) {
      throw new EngineException("preemption is enabled more often than disabled");
    }
    t.preemptDisabled--;
  }

  /** {@code mark_held_locks}: sets {@code baseBit} (its read variant for readers) on every checked held lock. */
  private boolean markHeldLocks(Task t, int baseBit, Moment moment) {
    if (!debugLocks) {
      return false;
    }
    for (int i = 0; i < t.depth; i++) {
      HeldLock hlock = t.held[i];
      if (hlock.check && !markLock(t, hlock, hlock.read != 0 ? baseBit + Usage.READ_MASK : baseBit, moment)) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- interrupts

  /** An interrupt of this kind arrives on the task's CPU now; {@code function} is its entry point. */
  public void enterInterrupt(Task t, Interrupt kind, String function) {
    events++;
    switch (kind) {
      case NMI -> {
        t.interrupts.push(new Task.InterruptFrame(kind, t.hardirqsEnabled, t.hardirqThreaded));
        t.hardirqContext++;
        t.hardirqCount++;
        t.hardirqsEnabled = false;
      }
      case SOFTIRQ -> {
        if (t.hardirqContext > 0 || !t.hardirqsEnabled || t.softirqCount != 0) {
          throw new EngineException("a softirq cannot run here: "
              + (t.hardirqContext > 0 ? "softirqs never run inside a hard interrupt handler"
                  : !t.hardirqsEnabled ? "interrupts are disabled" : "bottom halves are disabled"));
        }
        hardirqsOff(t, function);
        t.softirqCount += 1;
        softirqsOff(t, function);
        t.interrupts.push(new Task.InterruptFrame(kind, true, t.hardirqThreaded));
        t.softirqContext++;
        t.interruptsChanged();
        hardirqsOn(t, function, new Evidence(new Site(function, Optional.empty(), 0), List.of(), t.point()), false);
      }
      default -> {
        if (!t.hardirqsEnabled) {
          throw new EngineException("a hard interrupt cannot arrive here: interrupts are disabled");
        }
        hardirqsOff(t, function);
        t.interrupts.push(new Task.InterruptFrame(kind, true, t.hardirqThreaded));
        t.hardirqContext++;
        t.hardirqCount++;
        t.hardirqThreaded = kind == Interrupt.HARDIRQ;
      }
    }
    t.interruptsChanged();
  }

  /** The innermost interrupt returns; its locks must all be released. */
  public void exitInterrupt(Task t, String function) {
    events++;
    if (t.interrupts.isEmpty()) {
      throw new EngineException("'end' without an interrupt");
    }
    Task.InterruptFrame frame = t.interrupts.peek();
    int context = t.irqContext();
    if (frame.kind() != Interrupt.NMI && t.depth > 0 && t.held[t.depth - 1].irqContext == context && debugLocks) {
      throw new EngineException("the " + frame.kind().contextName() + " handler returns with "
          + t.held[t.depth - 1].instance.name + " still held");
    }
    t.interrupts.pop();
    t.interruptsChanged();
    switch (frame.kind()) {
      case NMI -> {
        t.hardirqContext--;
        t.hardirqCount--;
        t.hardirqsEnabled = frame.interruptedHardirqsEnabled();
      }
      case SOFTIRQ -> {
        hardirqsOff(t, function);
        t.softirqContext--;
        t.softirqCount -= 1;
        softirqsOn(t, function);
        hardirqsOn(t, function, new Evidence(new Site(function, Optional.empty(), 0), List.of(), t.point()), false);
      }
      default -> {
        t.hardirqContext--;
        t.hardirqCount--;
        t.hardirqThreaded = frame.interruptedThreaded();
        hardirqsOn(t, function, new Evidence(new Site(function, Optional.empty(), 0), List.of(), t.point()), false);
      }
    }
  }

  // ---------------------------------------------------------------- other checks

  /** {@code debug_check_no_locks_freed}: freeing the memory that holds {@code lock}. */
  public void free(Task t, LockInstance lock, Evidence evidence) {
    events++;
    if (!debugLocks) {
      return;
    }
    long from = lock.address - 0x40;
    long length = 0x100;
    for (int i = 0; i < t.depth; i++) {
      HeldLock hlock = t.held[i];
      if (hlock.instance.address >= from && hlock.instance.address < from + length) {
        fail(new Violation.HeldLockFreed(t.ref, from, from + length - 1, hlock.view(),
            tail(t, Moment.in(evidence, List.of()).backtrace(List.of("debug_check_no_locks_freed")))));
        return;
      }
    }
  }

  /** {@code lockdep_sys_exit}: back to user space with locks held. */
  public void returnToUser(Task t, Evidence evidence) {
    events++;
    if (!debugLocks) {
      return;
    }
    if (t.inInterrupt()) {
      throw new EngineException("an interrupt handler does not return to user space");
    }
    if (t.depth > 0) {
      fail(new Violation.LockHeldReturning(t.ref, t.heldViews(), evidence.site().traceLine()));
    }
  }

  /** {@code debug_check_no_locks_held} at exit: the task must hold nothing; it is gone afterwards. */
  public void exit(Task t, Evidence evidence) {
    events++;
    if (t.inInterrupt()) {
      throw new EngineException("an interrupt handler does not exit the task");
    }
    if (debugLocks && t.depth > 0) {
      fail(new Violation.LocksHeldAtExit(t.ref,
          tail(t, Moment.in(evidence, List.of()).backtrace(List.of("print_held_locks_bug", "debug_check_no_locks_held")))));
    }
    t.exited = true;
  }

  /**
   * An RCU-protected access ({@code RCU_LOCKDEP_WARN}): legal when one of {@code conditions} holds
   * ({@code held:MAP}, {@code held-arg}, {@code in-softirq}, {@code irqs-off}, {@code not-preemptible});
   * reported once per call site, and it does not turn the validator off.
   */
  public void rcuAccess(Task t, List<String> conditions, Optional<LockInstance> argument, String message,
      String location, Evidence evidence) {
    events++;
    if (!debugLocks || t.inNmi() || conditions.stream().anyMatch(c -> holds(t, c, argument))) {
      return;
    }
    suspiciousRcu(t, location, message, evidence);
  }

  private boolean holds(Task t, String condition, Optional<LockInstance> argument) {
    return switch (condition) {
      case "held-arg" -> argument.map(a -> isHeld(t, a)).orElse(false);
      case "in-softirq" -> t.softirqCount != 0;
      case "irqs-off" -> !t.hardirqsEnabled;
      case "not-preemptible" -> !preemptible(t);
      default -> {
        if (!condition.startsWith("held:")) {
          throw new EngineException("unknown RCU condition '" + condition + "'");
        }
        yield isHeld(t, builtin(condition.substring("held:".length())));
      }
    };
  }

  /** {@code preemptible()}: no preemption, irq, softirq or bh count, irqs on, no spinning lock held. */
  private static boolean preemptible(Task t) {
    if (t.preemptDisabled > 0 || !t.hardirqsEnabled || t.hardirqCount > 0 || t.softirqCount > 0) {
      return false;
    }
    for (int i = 0; i < t.depth; i++) {
      if (t.held[i].instance.type.waits() == LockTypeRule.Waits.SPINS) {
        return false;
      }
    }
    return true;
  }

  /** {@code might_sleep()}: lockdep's part is {@code rcu_sleep_check}: no sleeping inside an RCU reader. */
  public void mightSleep(Task t, Evidence evidence) {
    events++;
    if (!debugLocks || t.inNmi()) {
      return;
    }
    for (SleepCheck check : rules.sleepChecks()) {
      if (check.onlyWithoutPreemptRcu() && config.preemptRcu()) {
        continue;
      }
      if (isHeld(t, builtin(check.reader()))) {
        suspiciousRcu(t, check.location(), check.message(), evidence);
      }
    }
  }

  private void suspiciousRcu(Task t, String location, String message, Evidence evidence) {
    if (!warnedRcuSites.add(location + ":" + message)) {
      return;
    }
    Violation violation = new Violation.SuspiciousRcu(t.ref, location, message,
        tail(t, Moment.in(evidence, List.of()).backtrace(List.of("lockdep_rcu_suspicious"))));
    if (reported.add(violation.identity())) {
      sink.accept(violation);
    }
  }

  // ---------------------------------------------------------------- reporting

  private Violation.Tail tail(Task t, SavedTrace backtrace) {
    return new Violation.Tail(t.cpu, t.heldViews(), backtrace);
  }

  /**
   * Reports a violation once and says whether lockdep goes on: like {@code debug_locks_off()},
   * the first violation stops the validator unless every violation is wanted. When it goes on, the
   * irq searches leave out classes already reported inconsistent: the kernel would never reach
   * them, and their usage strings make such reports contradict themselves.
   */
  private boolean fail(Violation violation) {
    if (reported.add(violation.identity())) {
      sink.accept(violation);
    }
    if (!config.reportAll()) {
      debugLocks = false;
      return false;
    }
    return true;
  }

  /** The tasks the engine has seen, in order of creation. */
  public List<Task> tasks() {
    return List.copyOf(tasks.values());
  }
}
