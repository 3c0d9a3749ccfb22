package dev.lockscope.engine.print;

import dev.lockscope.engine.Interrupt;
import dev.lockscope.engine.IrqTrace;
import dev.lockscope.engine.LockView;
import dev.lockscope.engine.SavedTrace;
import dev.lockscope.engine.Site;
import dev.lockscope.engine.TaskRef;
import dev.lockscope.engine.Violation;
import dev.lockscope.rules.EngineRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a {@link Violation} the way {@code kernel/locking/lockdep.c} prints it (Linux 6.12): the
 * same header, sections, usage strings, wait types, scenario, held locks and indentation, with
 * stack traces made from the trace's sites and the simulated frames of each context. Lockscope's
 * own parser reads the result back like any console log.
 */
public final class KernelReportPrinter implements Violation.Visitor<String> {

  /** The kernel the simulated reports claim to come from, as {@code print_kernel_ident} prints it. */
  public static final String RELEASE = "6.12.0-lockscope";

  private static final String IDENT = RELEASE + " #1 Not tainted";
  private static final String FRAME_OFFSET = "+0x0/0x0";

  private final EngineRules rules;

  public KernelReportPrinter(EngineRules rules) {
    this.rules = rules;
  }

  /** The report's text, lines ending in {@code \n}. */
  public String print(Violation violation) {
    return violation.accept(this);
  }

  @Override
  public String inconsistent(Violation.InconsistentLockState v) {
    Text out = header("WARNING: inconsistent lock state");
    out.line("inconsistent {%s} -> {%s} usage.".formatted(v.previous().printedName(), v.next().printedName()));
    out.line(v.task() + " " + v.context().printed() + " takes:");
    out.line(lock(v.lock()));
    out.line("{%s} state was registered at:".formatted(v.previous().printedName()));
    v.previousTrace().ifPresent(t -> trace(out, t, 1));
    irqEvents(out, v.irqTrace());
    out.blank();
    out.line("other info that might help us debug this:");
    out.line(" Possible unsafe locking scenario:");
    out.blank();
    cpus(out, "       CPU0", "       ----");
    out.line("  lock(" + v.lock().lockClass().name() + ");");
    out.line("  <Interrupt>");
    out.line("    lock(" + v.lock().lockClass().name() + ");");
    deadlock(out);
    return ending(out, v.task(), v.tail());
  }

  @Override
  public String circular(Violation.CircularDependency v) {
    Text out = header("WARNING: possible circular locking dependency detected");
    acquiringWhileHolding(out, v.task(), v.next(), v.prev());
    out.line("which lock already depends on the new lock.");
    out.blank();
    out.blank();
    out.line("the existing dependency chain (in reverse order) is:");
    for (Violation.ChainLink link : v.chain()) {
      out.blank();
      out.line("-> #" + link.number() + link.lockClass().printed() + ":");
      trace(out, link.trace(), 6);
    }
    out.blank();
    out.line("other info that might help us debug this:");
    out.blank();
    String next = v.next().lockClass().name();
    String prev = v.prev().lockClass().name();
    if (!v.middle().equals(next)) {
      out.line("Chain exists of:");
      out.line("  " + next + " --> " + v.middle() + " --> " + prev);
      out.blank();
    }
    out.line(" Possible unsafe locking scenario:");
    out.blank();
    cpus(out, "       CPU0                    CPU1", "       ----                    ----");
    out.line((v.prevRead() ? "  rlock(" : "  lock(") + prev + ");");
    out.line("                               lock(" + v.middle() + ");");
    out.line("                               lock(" + prev + ");");
    out.line((v.nextRead() ? "  rlock(" : v.nextSync() ? "  sync(" : "  lock(") + next + ");");
    deadlock(out);
    return ending(out, v.task(), v.tail());
  }

  @Override
  public String recursive(Violation.RecursiveLocking v) {
    Text out = header("WARNING: possible recursive locking detected");
    acquiringWhileHolding(out, v.task(), v.next(), v.prev());
    out.line("other info that might help us debug this:");
    out.line(" Possible unsafe locking scenario:");
    out.blank();
    cpus(out, "       CPU0", "       ----");
    out.line("  lock(" + v.prev().lockClass().name() + ");");
    out.line("  lock(" + v.next().lockClass().name() + ");");
    deadlock(out);
    out.line(" May be due to missing lock nesting notation");
    out.blank();
    return ending(out, v.task(), v.tail());
  }

  @Override
  public String inversion(Violation.IrqInversion v) {
    Text out = header("WARNING: possible irq lock inversion dependency detected");
    out.line(v.task() + " just changed the state of lock:");
    out.line(lock(v.lock()));
    out.line(v.forwards()
        ? "but this lock took another, " + v.irqClass() + "-unsafe lock in the past:"
        : "but this lock was taken by another, " + v.irqClass() + "-safe lock in the past:");
    out.line(v.other().printed());
    out.blank();
    out.blank();
    out.line("and interrupts could create inverse lock ordering between them.");
    out.blank();
    out.blank();
    out.line("other info that might help us debug this:");
    irqScenario(out, v.scenario());
    held(out, v.task(), v.tail().held());
    out.blank();
    out.line("the shortest dependencies between 2nd lock and 1st lock:");
    blocks(out, v.path());
    out.blank();
    backtrace(out, v.task(), v.tail());
    return out.toString();
  }

  @Override
  public String safeToUnsafe(Violation.IrqSafeToUnsafe v) {
    String irq = v.irqClass();
    Text out = header("WARNING: " + irq + "-safe -> " + irq + "-unsafe lock order detected", 53);
    out.line(v.task() + " " + v.context().printed() + " is trying to acquire:");
    out.line(lock(v.next()));
    out.blank();
    out.line("and this task is already holding:");
    out.line(lock(v.prev()));
    out.line("which would create a new lock dependency:");
    out.line(v.prev().lockClass().printed() + " ->" + v.next().lockClass().printed());
    out.blank();
    out.line("but this new dependency connects a " + irq + "-irq-safe lock:");
    out.line(v.safe().printed());
    out.blank();
    out.line("... which became " + irq + "-irq-safe at:");
    v.safeTrace().ifPresent(t -> trace(out, t, 1));
    out.blank();
    out.line("to a " + irq + "-irq-unsafe lock:");
    out.line(v.unsafe().printed());
    out.blank();
    out.line("... which became " + irq + "-irq-unsafe at:");
    out.line("...");
    v.unsafeTrace().ifPresent(t -> trace(out, t, 1));
    out.blank();
    out.line("other info that might help us debug this:");
    out.blank();
    irqScenario(out, v.scenario());
    held(out, v.task(), v.tail().held());
    out.blank();
    out.line("the dependencies between " + irq + "-irq-safe lock and the holding lock:");
    blocks(out, v.backwardPath());
    out.blank();
    out.line("the dependencies between the lock to be acquired");
    out.line(" and " + irq + "-irq-unsafe lock:");
    blocks(out, v.forwardPath());
    out.blank();
    backtrace(out, v.task(), v.tail());
    return out.toString();
  }

  @Override
  public String waitContext(Violation.InvalidWaitContext v) {
    Text out = header("[ BUG: Invalid wait context ]");
    out.line(v.task() + " is trying to lock:");
    out.line(lock(v.lock()));
    out.line("other info that might help us debug this:");
    out.line("context-{" + v.contextWait() + ":" + v.contextWait() + "}");
    held(out, v.task(), v.tail().held());
    out.line("stack backtrace:");
    dump(out, v.task(), v.tail());
    return out.toString();
  }

  @Override
  public String unlockImbalance(Violation.UnlockImbalance v) {
    Text out = header("WARNING: bad unlock balance detected!");
    out.line(v.task() + " is trying to release lock (" + v.mapName() + ") at:");
    out.line("[<" + address(v.site().function()) + ">] " + symbol(v.site()));
    out.line("but there are no more locks to release!");
    out.blank();
    out.line("other info that might help us debug this:");
    return ending(out, v.task(), v.tail());
  }

  @Override
  public String freed(Violation.HeldLockFreed v) {
    Text out = header("WARNING: held lock freed!");
    out.line("%s is freeing memory %016x-%016x, with a lock still held there!".formatted(v.task(), v.from(), v.to()));
    out.line(lock(v.lock()));
    return ending(out, v.task(), v.tail());
  }

  @Override
  public String exit(Violation.LocksHeldAtExit v) {
    Text out = header("WARNING: " + v.task() + " still has locks held!", 36);
    return ending(out, v.task(), v.tail());
  }

  @Override
  public String returning(Violation.LockHeldReturning v) {
    Text out = header("WARNING: lock held when returning to user space!");
    out.line(v.task() + " is leaving the kernel with locks still held!");
    held(out, v.task(), v.held());
    return out.toString();
  }

  @Override
  public String nestLock(Violation.NestedLockNotTaken v) {
    Text out = header("WARNING: Nested lock was not taken");
    out.line(v.task() + " is trying to lock:");
    out.line(lock(v.lock()));
    out.blank();
    out.line("but this task is not holding:");
    out.line(v.nestLock());
    backtrace(out, v.task(), v.tail());
    out.blank();
    out.line("other info that might help us debug this:");
    return ending(out, v.task(), v.tail());
  }

  @Override
  public String rcu(Violation.SuspiciousRcu v) {
    Text out = header("WARNING: suspicious RCU usage");
    out.line(v.location() + " " + v.message() + "!");
    out.blank();
    out.line("other info that might help us debug this:");
    out.blank();
    out.blank();
    out.line("rcu_scheduler_active = 2, debug_locks = 1");
    return ending(out, v.task(), v.tail());
  }

  @Override
  public String limit(Violation.ValidatorLimit v) {
    Text out = new Text();
    v.messages().forEach(out::line);
    if (v.printsHeldLocks()) {
      held(out, v.task(), v.tail().held());
    }
    dump(out, v.task(), v.tail());
    return out.toString();
  }

  // ---------------------------------------------------------------- sections

  private void acquiringWhileHolding(Text out, TaskRef task, LockView next, LockView prev) {
    out.line(task + " is trying to acquire lock:");
    out.line(lock(next));
    out.blank();
    out.line("but task is already holding lock:");
    out.line(lock(prev));
    out.blank();
  }

  private static void cpus(Text out, String names, String rules) {
    out.line(names);
    out.line(rules);
  }

  private static void deadlock(Text out) {
    out.blank();
    out.line(" *** DEADLOCK ***");
    out.blank();
  }

  /** The held locks and the backtrace that end most reports. */
  private String ending(Text out, TaskRef task, Violation.Tail tail) {
    held(out, task, tail.held());
    backtrace(out, task, tail);
    return out.toString();
  }

  private static Text header(String title) {
    return header(title, title.length());
  }

  /** The frame of every report: its '=' and '-' lines are as long as the kernel source has them. */
  private static Text header(String title, int ruleLength) {
    Text out = new Text();
    String rule = "=".repeat(ruleLength);
    out.blank();
    out.line(rule);
    out.line(title);
    out.line(IDENT);
    out.line(rule.replace('=', '-'));
    return out;
  }

  private String lock(LockView lock) {
    return "%016x%s, at: %s".formatted(lock.address(), lock.lockClass().printed(), symbol(lock.acquiredAt()));
  }

  private static String symbol(Site site) {
    return site.function() + FRAME_OFFSET + site.location().map(l -> " " + l).orElse("");
  }

  private static void held(Text out, TaskRef task, List<LockView> held) {
    if (held.isEmpty()) {
      out.line("no locks held by " + task + ".");
      return;
    }
    out.line(held.size() + (held.size() == 1 ? " lock" : " locks") + " held by " + task + ":");
    for (int i = 0; i < held.size(); i++) {
      LockView lock = held.get(i);
      out.line(" #%d: %016x%s, at: %s".formatted(i, lock.address(), lock.lockClass().printed(), symbol(lock.acquiredAt())));
    }
  }

  private void irqEvents(Text out, IrqTrace irq) {
    out.line("irq event stamp: " + irq.events());
    out.line("hardirqs last  enabled at (%d): %s".formatted(irq.hardirqEnableEvent(), ip(irq.hardirqEnableFunction())));
    out.line("hardirqs last disabled at (%d): %s".formatted(irq.hardirqDisableEvent(), ip(irq.hardirqDisableFunction())));
    out.line("softirqs last  enabled at (%d): %s".formatted(irq.softirqEnableEvent(), ip(irq.softirqEnableFunction())));
    out.line("softirqs last disabled at (%d): %s".formatted(irq.softirqDisableEvent(), ip(irq.softirqDisableFunction())));
  }

  private static String ip(String function) {
    return function.isEmpty() ? "[<0000000000000000>] 0x0" : "[<" + address(function) + ">] " + function + FRAME_OFFSET;
  }

  /** A stable made-up text address for a function, so that the same function prints the same address. */
  private static String address(String function) {
    return "%016x".formatted(0xffffffff81000000L + ((function.hashCode() & 0xffffffL) << 4));
  }

  private static void irqScenario(Text out, Violation.IrqScenario scenario) {
    if (!scenario.middle().equals(scenario.unsafe())) {
      out.line("Chain exists of:");
      out.line("  " + scenario.safe() + " --> " + scenario.middle() + " --> " + scenario.unsafe());
      out.blank();
    }
    out.line(" Possible interrupt unsafe locking scenario:");
    out.blank();
    cpus(out, "       CPU0                    CPU1", "       ----                    ----");
    out.line("  lock(" + scenario.unsafe() + ");");
    out.line("                               local_irq_disable();");
    out.line("                               lock(" + scenario.safe() + ");");
    out.line("                               lock(" + scenario.middle() + ");");
    out.line("  <Interrupt>");
    out.line("    lock(" + scenario.safe() + ");");
    deadlock(out);
  }

  /** {@code print_lock_class_header} and the {@code ... acquired at:} trace of each block. */
  private void blocks(Text out, List<Violation.PathBlock> blocks) {
    for (Violation.PathBlock block : blocks) {
      int depth = block.depth();
      String indent = " ".repeat(depth);
      out.line(indent + "->" + block.lockClass().printed() + " {");
      for (Violation.UsageTrace usage : block.usageTraces()) {
        String name = usage.bit().printedName();
        out.line(indent + "   " + name + " at:");
        trace(out, usage.trace(), 2 * depth + 3 + name.length() + 5 - 1);
      }
      out.line(indent + " }");
      out.line(indent + " ... key      at: " + block.keySymbol());
      block.acquiredAt().ifPresent(trace -> {
        out.line(indent + " ... acquired at:");
        trace(out, trace, 2);
        out.blank();
      });
    }
  }

  private void backtrace(Text out, TaskRef task, Violation.Tail tail) {
    out.blank();
    out.line("stack backtrace:");
    dump(out, task, tail);
  }

  /** {@code dump_stack()}: the CPU line, then the frames with the x86 stack markers. */
  private void dump(Text out, TaskRef task, Violation.Tail tail) {
    out.line("CPU: %d UID: 0 PID: %d Comm: %s Not tainted %s #1".formatted(tail.cpu(), task.pid(), task.comm(), RELEASE));
    out.line("Hardware name: lockscope simulation");
    out.line("Call Trace:");
    SavedTrace trace = tail.backtrace();
    List<String> frames = new ArrayList<>(List.of("dump_stack_lvl", "dump_stack"));
    frames.addAll(trace.lockdepFrames());
    frames.addAll(trace.evidence().primitiveFrames());
    List<Interrupt> interrupts = trace.evidence().point().interrupts();
    if (!interrupts.isEmpty()) {
      String marker = interrupts.contains(Interrupt.NMI) ? "NMI" : "IRQ";
      out.line(" <" + marker + ">");
      frames.forEach(f -> out.line(" " + f + FRAME_OFFSET));
      out.line(" " + symbol(trace.evidence().site()));
      interrupts.forEach(i -> rules.frames(i.contextName()).forEach(f -> out.line(" " + f + FRAME_OFFSET)));
      out.line(" </" + marker + ">");
      out.line(" <TASK>");
    } else {
      out.line(" <TASK>");
      frames.forEach(f -> out.line(" " + f + FRAME_OFFSET));
      out.line(" " + symbol(trace.evidence().site()));
    }
    rules.frames("process").forEach(f -> out.line(" " + f + FRAME_OFFSET));
    out.line(" </TASK>");
  }

  /** A saved trace as {@code stack_trace_print(entries, nr, spaces)} prints it: one more space than asked. */
  private void trace(Text out, SavedTrace trace, int spaces) {
    String indent = " ".repeat(spaces + 1);
    trace.lockdepFrames().forEach(f -> out.line(indent + f + FRAME_OFFSET));
    trace.evidence().primitiveFrames().forEach(f -> out.line(indent + f + FRAME_OFFSET));
    out.line(indent + symbol(trace.evidence().site()));
    trace.evidence().point().interrupts().forEach(i -> rules.frames(i.contextName()).forEach(f -> out.line(indent + f + FRAME_OFFSET)));
    rules.frames("process").forEach(f -> out.line(indent + f + FRAME_OFFSET));
  }

  /** Lines of text, each ending in a newline. */
  private static final class Text {
    private final StringBuilder text = new StringBuilder();

    void line(String line) {
      text.append(line).append('\n');
    }

    void blank() {
      text.append('\n');
    }

    @Override
    public String toString() {
      return text.toString();
    }
  }
}
