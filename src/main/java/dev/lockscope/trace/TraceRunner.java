package dev.lockscope.trace;

import dev.lockscope.engine.EngineConfig;
import dev.lockscope.engine.EngineException;
import dev.lockscope.engine.Evidence;
import dev.lockscope.engine.Lockdep;
import dev.lockscope.engine.LockInstance;
import dev.lockscope.engine.Site;
import dev.lockscope.engine.Task;
import dev.lockscope.engine.Violation;
import dev.lockscope.rules.ClosestName;
import dev.lockscope.rules.EngineRules;
import dev.lockscope.rules.TraceCall;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs trace statements on a {@link Lockdep} engine: each call is looked up in
 * {@code rules/trace-calls.tsv} and becomes the engine events the kernel API makes (for
 * {@code spin_lock_irqsave}: irqs saved and disabled, then the acquisition). Statements are taken
 * one at a time, so a trace of any length runs in memory bounded by its locks and tasks.
 */
public final class TraceRunner {

  private static final String DEFAULT_TASK = "main";

  private final String source;
  private final EngineRules rules;
  private EngineConfig config;
  private final Consumer<Violation> sink;
  private Lockdep engine;
  private Task task;
  private final Map<Task, Deque<Statement.InterruptBegin>> openInterrupts = new HashMap<>();
  private final List<Violation> violations = new ArrayList<>();

  public TraceRunner(String source, EngineRules rules, EngineConfig config, Consumer<Violation> sink) {
    this.source = source;
    this.rules = rules;
    this.config = config;
    this.sink = sink;
  }

  /** Runs one statement. */
  public void run(Statement statement) {
    try {
      if (statement instanceof Statement.ConfigOption option) {
        configure(option);
        return;
      }
      Lockdep lockdep = engine();
      if (statement instanceof Statement.LockDeclaration declaration) {
        lockdep.declare(declaration.name(), declaration.type(), declaration.className());
      } else if (statement instanceof Statement.TaskSwitch taskSwitch) {
        switchTask(taskSwitch);
      } else if (statement instanceof Statement.InterruptBegin begin) {
        Task t = current(begin.line());
        lockdep.enterInterrupt(t, begin.kind(), entryFunction(begin.kind()));
        openInterrupts.computeIfAbsent(t, k -> new ArrayDeque<>()).push(begin);
      } else if (statement instanceof Statement.InterruptEnd end) {
        Statement.InterruptBegin begin = openInterrupts.getOrDefault(current(end.line()), new ArrayDeque<>()).poll();
        if (begin == null) {
          throw TraceException.at(source, end.line(), "'end' without a hardirq, softirq or nmi to end");
        }
        lockdep.exitInterrupt(current(end.line()), entryFunction(begin.kind()));
      } else if (statement instanceof Statement.Call call) {
        call(call);
      }
    } catch (EngineException e) {
      throw TraceException.at(source, statement.line(), e.getMessage());
    }
  }

  /**
   * Ends the trace. In a written trace every interrupt must have been ended; a recording may stop
   * inside one. Returns the engine, for its graph and counts.
   */
  public Lockdep finish(boolean interruptsMayBeOpen) {
    if (!interruptsMayBeOpen) {
      openInterrupts.values().stream().filter(d -> !d.isEmpty()).map(Deque::peekLast).findFirst().ifPresent(open -> {
        throw TraceException.at(source, open.line(), "this " + open.kind().contextName() + " is never ended with 'end'");
      });
    }
    return engine();
  }

  /** The violations found so far, in the order the engine found them. */
  public List<Violation> violations() {
    return List.copyOf(violations);
  }

  private Lockdep engine() {
    if (engine == null) {
      engine = new Lockdep(rules, config, v -> {
        violations.add(v);
        sink.accept(v);
      });
    }
    return engine;
  }

  private void configure(Statement.ConfigOption option) {
    if (engine != null) {
      throw TraceException.at(source, option.line(), "config options come before every other statement");
    }
    config = switch (option.option()) {
      case "CONFIG_PROVE_RAW_LOCK_NESTING" -> config.withRawLockNesting(option.enabled());
      case "CONFIG_QUEUED_RWLOCKS" -> config.withQueuedRwlocks(option.enabled());
      case "CONFIG_PREEMPT_RCU" -> config.withPreemptRcu(option.enabled());
      default -> throw TraceException.at(source, option.line(), "unknown option " + option.option()
          + " (known: CONFIG_PROVE_RAW_LOCK_NESTING, CONFIG_QUEUED_RWLOCKS, CONFIG_PREEMPT_RCU)");
    };
  }

  private void switchTask(Statement.TaskSwitch taskSwitch) {
    Lockdep lockdep = engine();
    task = taskSwitch.pid().isPresent()
        ? lockdep.task(taskSwitch.name(), taskSwitch.pid().getAsInt())
        : lockdep.existingTask(taskSwitch.name()).orElseGet(() -> lockdep.task(taskSwitch.name(), lockdep.tasks().size() + 1));
  }

  private Task current(int line) {
    if (task == null) {
      task = engine().task(DEFAULT_TASK, engine().tasks().size() + 1);
    }
    if (task.exited()) {
      throw TraceException.at(source, line, "task " + task.ref().comm() + " has exited");
    }
    return task;
  }

  private String entryFunction(dev.lockscope.engine.Interrupt kind) {
    List<String> frames = rules.frames(kind.contextName());
    return frames.isEmpty() ? kind.contextName() : frames.get(frames.size() - 1);
  }

  // ---------------------------------------------------------------- calls

  private void call(Statement.Call call) {
    TraceCall definition = rules.call(call.name()).orElseThrow(() -> TraceException.at(source, call.line(), unknownCall(call.name())));
    Arguments args = new Arguments(call, definition);
    Task t = current(call.line());
    Site site = call.site()
        .map(s -> new Site(s.function(), s.location(), call.line()))
        .orElseGet(() -> Site.ofLine(call.line()));
    Evidence evidence = new Evidence(site, definition.frames(), t.point());
    String ip = definition.frames().isEmpty() ? site.function() : definition.frames().get(0);
    Lockdep lockdep = engine();
    switch (definition.op()) {
      case ACQUIRE -> acquire(t, definition, args, evidence, ip);
      case RELEASE -> {
        lockdep.release(t, args.lock(), evidence);
        afterRelease(t, definition, args, evidence, ip);
      }
      case ACQUIRE_RELEASE -> {
        LockInstance lock = args.lock();
        lockdep.acquire(t, lock, 0, false, read(t, definition, args), definition.check(), Optional.empty(), evidence);
        lockdep.release(t, lock, evidence);
      }
      case SYNC -> lockdep.sync(t, args.lock(), args.subclass(), read(t, definition, args), args.check(definition), evidence);
      case DOWNGRADE -> lockdep.downgrade(t, args.lock(), evidence);
      case IRQ_DISABLE -> lockdep.hardirqsOff(t, ip);
      case IRQ_ENABLE -> lockdep.hardirqsOn(t, ip, evidence, false);
      case IRQ_SAVE -> lockdep.irqSave(t, args.flags(), ip);
      case IRQ_RESTORE -> lockdep.irqRestore(t, args.flags(), ip, evidence);
      case BH_DISABLE -> lockdep.bhDisable(t, ip);
      case BH_ENABLE -> lockdep.bhEnable(t, ip, evidence);
      case PREEMPT_DISABLE -> lockdep.preemptDisable(t);
      case PREEMPT_ENABLE -> lockdep.preemptEnable(t);
      case FREE -> lockdep.free(t, args.lock(), evidence);
      case MIGHT_SLEEP -> lockdep.mightSleep(t, evidence);
      case RETURN_TO_USER -> lockdep.returnToUser(t, evidence);
      case EXIT -> lockdep.exit(t, evidence);
      case RCU_CHECK -> lockdep.rcuAccess(t, definition.types(), args.optionalLock(), definition.detail(),
          site.location().orElse(source + ":" + call.line()), evidence);
    }
  }

  private void acquire(Task t, TraceCall definition, Arguments args, Evidence evidence, String ip) {
    Lockdep lockdep = engine();
    LockInstance lock = args.lock();
    switch (definition.irq()) {
      case BH -> lockdep.bhDisable(t, ip);
      case IRQ -> lockdep.hardirqsOff(t, ip);
      case IRQSAVE -> lockdep.irqSave(t, args.flags(), ip);
      case PREEMPT -> lockdep.preemptDisable(t);
      case NONE -> { }
    }
    if (!definition.trylock() && lock.sleeps()) {
      lockdep.mightSleep(t, evidence);
    }
    lockdep.acquire(t, lock, args.subclass(), args.trylock(definition), read(t, definition, args), args.check(definition),
        args.nest(), evidence);
  }

  private void afterRelease(Task t, TraceCall definition, Arguments args, Evidence evidence, String ip) {
    Lockdep lockdep = engine();
    switch (definition.irq()) {
      case BH -> lockdep.bhEnable(t, ip, evidence);
      case IRQ -> lockdep.hardirqsOn(t, ip, evidence, false);
      case IRQSAVE -> lockdep.irqRestore(t, args.flags(), ip, evidence);
      case PREEMPT -> lockdep.preemptEnable(t);
      case NONE -> { }
    }
  }

  private int read(Task t, TraceCall definition, Arguments args) {
    return switch (definition.read().orElse(TraceCall.Read.EXCLUSIVE)) {
      case EXCLUSIVE -> 0;
      case SHARED -> 1;
      case RECURSIVE -> 2;
      case RWLOCK -> engine().rwlockReadMode(t);
      case ARG -> args.read();
    };
  }

  private String unknownCall(String name) {
    return "unknown call '" + name + "'" + ClosestName.hint(name, rules.callNames())
        + "; the calls are listed in rules/trace-calls.tsv";
  }

  /** A call's arguments, checked against its signature in {@code trace-calls.tsv}. */
  private final class Arguments {

    private final Statement.Call call;
    private final TraceCall definition;

    Arguments(Statement.Call call, TraceCall definition) {
      this.call = call;
      this.definition = definition;
      int given = call.args().size();
      if (given < definition.requiredArgs() || given > definition.args().size()) {
        throw TraceException.at(source, call.line(), call.name() + " takes " + signature() + ", not " + given + " argument(s)");
      }
    }

    private String signature() {
      return call.name() + "(" + String.join(", ", definition.args().stream()
          .map(a -> a.optional() ? "[" + a.kind().name().toLowerCase() + "]" : a.kind().name().toLowerCase()).toList()) + ")";
    }

    private Optional<String> text(TraceCall.ArgKind kind) {
      int position = definition.position(kind);
      return position >= 0 && position < call.args().size() ? Optional.of(call.args().get(position)) : Optional.empty();
    }

    LockInstance lock() {
      Optional<String> builtin = definition.builtinMap();
      if (builtin.isPresent()) {
        return engine().builtin(builtin.get());
      }
      int position = definition.position(TraceCall.ArgKind.LOCK);
      if (position < 0 || position >= call.args().size()) {
        throw TraceException.at(source, call.line(), call.name() + " needs a lock");
      }
      return checkedLock(call.args().get(position));
    }

    Optional<LockInstance> optionalLock() {
      int position = definition.position(TraceCall.ArgKind.LOCK);
      return position >= 0 && position < call.args().size() ? Optional.of(checkedLock(call.args().get(position))) : Optional.empty();
    }

    private LockInstance checkedLock(String name) {
      LockInstance lock = engine().lock(name).orElse(null);
      if (lock == null) {
        throw TraceException.at(source, call.line(), "unknown lock '" + name + "': declare it first with 'lock " + name + " TYPE'");
      }
      if (definition.op() != TraceCall.Op.RCU_CHECK && !definition.acceptsType(lock.typeName())) {
        throw TraceException.at(source, call.line(), call.name() + "() takes a " + String.join(" or ", definition.types())
            + ", but " + name + " is a " + lock.typeName());
      }
      return lock;
    }

    Optional<LockInstance> nest() {
      return text(TraceCall.ArgKind.NEST).map(name -> engine().lock(name).orElseThrow(() -> TraceException.at(source,
          call.line(), "unknown nest lock '" + name + "': declare it first with 'lock " + name + " TYPE'")));
    }

    Optional<String> flags() {
      return text(TraceCall.ArgKind.FLAGS);
    }

    int subclass() {
      return text(TraceCall.ArgKind.SUBCLASS).map(s -> number(s, "a subclass")).orElse(0);
    }

    boolean trylock(TraceCall definition) {
      return text(TraceCall.ArgKind.TRYLOCK).map(s -> number(s, "trylock 0 or 1") != 0).orElse(definition.trylock());
    }

    boolean check(TraceCall definition) {
      return text(TraceCall.ArgKind.CHECK).map(s -> number(s, "check 0 or 1") != 0).orElse(definition.check());
    }

    int read() {
      int read = text(TraceCall.ArgKind.READ).map(s -> number(s, "read 0, 1 or 2")).orElse(0);
      if (read < 0 || read > 2) {
        throw TraceException.at(source, call.line(), "read is 0, 1 or 2, not " + read);
      }
      return read;
    }

    private int number(String text, String what) {
      try {
        return Integer.parseInt(text);
      } catch (NumberFormatException e) {
        throw TraceException.at(source, call.line(), "expected " + what + ", found '" + text + "'");
      }
    }
  }
}
