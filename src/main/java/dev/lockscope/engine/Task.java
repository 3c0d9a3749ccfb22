package dev.lockscope.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A task as lockdep tracks it: its held-lock stack and chain key, its irq and softirq state, the
 * interrupts nested on its CPU, and its irq-event history. Created and changed only by
 * {@link Lockdep}; callers hold it as a handle.
 */
public final class Task {

  static final int MAX_LOCK_DEPTH = 48;

  /** An interrupt running on the task's CPU, with the state it interrupted. */
  record InterruptFrame(Interrupt kind, boolean interruptedHardirqsEnabled, boolean interruptedThreaded) {}

  final TaskRef ref;
  final int cpu;
  HeldLock[] held = new HeldLock[MAX_LOCK_DEPTH + 1];
  int depth;
  long currChainKey;
  boolean hardirqsEnabled = true;
  boolean softirqsEnabled = true;
  int hardirqContext;
  int softirqContext;
  int hardirqCount;
  int softirqCount;
  int preemptDisabled;
  boolean hardirqThreaded;
  IrqTrace irqTrace = IrqTrace.NEW_TASK;
  final Deque<InterruptFrame> interrupts = new ArrayDeque<>();
  final Deque<Boolean> savedFlags = new ArrayDeque<>();
  final Map<String, Boolean> namedFlags = new HashMap<>();
  boolean exited;
  private ExecutionPoint point;

  Task(TaskRef ref, int cpu) {
    this.ref = ref;
    this.cpu = cpu;
  }

  public TaskRef ref() {
    return ref;
  }

  public boolean exited() {
    return exited;
  }

  /** The number of locks the task holds, in every context. */
  public int heldCount() {
    return depth;
  }

  /** The kinds of interrupt now running on the task's CPU, innermost first. */
  public List<Interrupt> interruptKinds() {
    List<Interrupt> kinds = new ArrayList<>();
    interrupts.forEach(f -> kinds.add(f.kind()));
    return kinds;
  }

  boolean inNmi() {
    return !interrupts.isEmpty() && interrupts.peek().kind() == Interrupt.NMI;
  }

  /** Lockdep's {@code in_interrupt()}: hard irq, softirq being served, or NMI. */
  boolean inInterrupt() {
    return hardirqCount > 0 || (softirqCount & 1) != 0;
  }

  /** {@code task_irq_context}: 2 in a hard irq, 1 in a softirq, 0 in process context. */
  int irqContext() {
    return (hardirqContext > 0 ? 2 : 0) + (softirqContext > 0 ? 1 : 0);
  }

  ContextTuple contextTuple() {
    return new ContextTuple(hardirqContext, hardirqCount, softirqContext, softirqCount, hardirqsEnabled, softirqsEnabled);
  }

  /** Where the task runs now: itself and the interrupts nested on its CPU. */
  public ExecutionPoint point() {
    if (point == null) {
      point = new ExecutionPoint(ref, interruptKinds());
    }
    return point;
  }

  void interruptsChanged() {
    point = null;
  }

  HeldLock top() {
    return depth == 0 ? null : held[depth - 1];
  }

  List<LockView> heldViews() {
    List<LockView> views = new ArrayList<>(depth);
    for (int i = 0; i < depth; i++) {
      views.add(held[i].view());
    }
    return views;
  }

  @Override
  public String toString() {
    return ref.toString();
  }
}
