package dev.lockscope.trace;

import dev.lockscope.engine.Interrupt;
import dev.lockscope.rules.EngineRules;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the {@code lock:lock_acquire} and {@code lock:lock_release} events of an ftrace recording
 * ({@code /sys/kernel/tracing/trace}, {@code trace-cmd report}, or {@code ftrace_dump} output on a
 * console) and turns them into trace statements: the task and CPU from the task/pid and CPU
 * columns, the context (hard irq, softirq, NMI) and the irq and bottom-half state from the
 * latency columns, the lock from the address and the map name, trylock and read from the event.
 *
 * <p>Such a trace says less than the kernel knew; {@link #limits()} says what, so that the reader
 * of a verdict knows its bounds.
 */
public final class FtraceReader {

  /** {@code comm-pid [cpu] flags timestamp: event: fields}; flags and a tgid column are optional. */
  private static final Pattern EVENT = Pattern.compile(
      "^\\s*(?<comm>.+?)-(?<pid>\\d+)\\s+(?:\\(\\s*[-\\d]+\\)\\s+)?\\[(?<cpu>\\d+)\\]\\s+"
          + "(?:(?<flags>[.dDbX][.Nnp][.ZzHhs][.0-9a-f][.0-9a-f]?)\\s+)?(?<time>\\d+\\.\\d+):\\s+(?<event>[\\w:]+):\\s*(?<fields>.*)$");
  private static final Pattern CONSOLE_PREFIX = Pattern.compile("^(?:<\\d+>)?(?:\\[\\s*\\d+\\.\\d+\\](?:\\[\\s*[TC]\\d+\\])?\\s?)?");
  private static final Pattern ACQUIRE = Pattern.compile("^(?:0x)?(?<addr>[0-9a-f]+)\\s+(?<try>try )?(?<read>read )?(?<name>.+)$");
  private static final Pattern RELEASE = Pattern.compile("^(?:0x)?(?<addr>[0-9a-f]+)\\s+(?<name>.+)$");

  private final String source;
  private final EngineRules rules;
  private final Map<String, String> lockIds = new HashMap<>();
  private final Map<String, TaskState> tasks = new HashMap<>();
  private TaskState current;
  private int events;
  private int skippedReleases;
  private int lostReleases;
  private boolean bhColumn;

  /** What the reader knows of a task: the context and states it last showed, the locks it took in the trace. */
  private static final class TaskState {
    final String key;
    final String comm;
    final int pid;
    final List<Interrupt> interrupts = new ArrayList<>();
    boolean irqsOff;
    boolean bhOff;
    /** The locks taken in the recording and not yet released, with the interrupt depth they were taken at. */
    final List<Held> held = new ArrayList<>();

    TaskState(String key, String comm, int pid) {
      this.key = key;
      this.comm = comm;
      this.pid = pid;
    }
  }

  private record Held(String id, int depth) {}

  /** The context one event shows. */
  private record Context(List<Interrupt> interrupts, boolean irqsOff, boolean bhOff) {}

  public FtraceReader(String source, EngineRules rules) {
    this.source = source;
    this.rules = rules;
  }

  /** Whether a text looks like an ftrace recording with lock events. */
  public static boolean looksLikeFtrace(String firstLines) {
    for (String line : firstLines.split("\n")) {
      Matcher m = EVENT.matcher(stripConsole(line));
      if (m.matches() && m.group("event").startsWith("lock_")) {
        return true;
      }
      if (line.startsWith("# tracer:")) {
        return true;
      }
    }
    return false;
  }

  /** Reads the whole recording, handing statements on as they are made. */
  public void read(InputStream in, Consumer<Statement> out) {
    LineSource.forEach(source, in, (line, number) -> read(line, number, out));
  }

  private void read(String raw, int line, Consumer<Statement> out) {
    String text = stripConsole(raw);
    if (text.startsWith("#")) {
      bhColumn |= text.contains("BH-disabled");
      return;
    }
    Matcher m = EVENT.matcher(text);
    if (!m.matches()) {
      return;
    }
    String event = m.group("event");
    if (!event.equals("lock_acquire") && !event.equals("lock_release")) {
      return;
    }
    events++;
    String flags = m.group("flags");
    if (flags != null && (flags.charAt(0) == 'b' || flags.charAt(0) == 'D')) {
      bhColumn = true;
    }
    TaskState task = task(m.group("comm").strip(), Integer.parseInt(m.group("pid")), Integer.parseInt(m.group("cpu")), line, out);
    Context context = context(flags);
    if (event.equals("lock_acquire")) {
      acquire(task, context, m.group("fields"), line, out);
    } else {
      release(task, context, m.group("fields"), line, out);
    }
  }

  private static String stripConsole(String line) {
    Matcher prefix = CONSOLE_PREFIX.matcher(line);
    return prefix.lookingAt() ? line.substring(prefix.end()) : line;
  }

  private TaskState task(String comm, int pid, int cpu, int line, Consumer<Statement> out) {
    String key = pid == 0 ? comm + "/" + pid + "@" + cpu : comm + "/" + pid;
    TaskState task = tasks.get(key);
    if (task == null) {
      String name = pid == 0 && comm.equals("<idle>") ? "swapper/" + cpu : comm;
      task = new TaskState(key, name, pid);
      tasks.put(key, task);
    }
    if (task != current) {
      out.accept(new Statement.TaskSwitch(line, task.comm, OptionalInt.of(task.pid)));
      current = task;
    }
    return task;
  }

  private static Context context(String flags) {
    if (flags == null) {
      return new Context(List.of(), false, false);
    }
    char irqs = flags.charAt(0);
    List<Interrupt> interrupts = switch (flags.charAt(2)) {
      case 's' -> List.of(Interrupt.SOFTIRQ);
      case 'h' -> List.of(Interrupt.HARDIRQ);
      case 'H' -> List.of(Interrupt.SOFTIRQ, Interrupt.HARDIRQ);
      case 'z', 'Z' -> List.of(Interrupt.NMI);
      default -> List.of();
    };
    return new Context(interrupts, irqs == 'd' || irqs == 'D', irqs == 'b' || irqs == 'D');
  }

  /** Brings the task's context to what the event shows, writing the transitions that must have happened. */
  private void enter(TaskState task, Context context, int line, Consumer<Statement> out) {
    int common = 0;
    while (common < task.interrupts.size() && common < context.interrupts().size()
        && task.interrupts.get(common) == context.interrupts().get(common)) {
      common++;
    }
    while (task.interrupts.size() > common) {
      releaseLost(task, task.interrupts.size(), line, out);
      task.interrupts.remove(task.interrupts.size() - 1);
      out.accept(new Statement.InterruptEnd(line));
      if (task.interrupts.isEmpty()) {
        task.irqsOff = false;
        task.bhOff = false;
      }
    }
    for (Interrupt next : context.interrupts().subList(common, context.interrupts().size())) {
      if (next != Interrupt.NMI) {
        setIrqsOff(task, false, line, out);
        if (next == Interrupt.SOFTIRQ) {
          setBhOff(task, false, line, out);
        }
      }
      out.accept(new Statement.InterruptBegin(line, next));
      task.interrupts.add(next);
      task.irqsOff = next != Interrupt.SOFTIRQ;
      task.bhOff = false;
    }
    Interrupt innermost = task.interrupts.isEmpty() ? null : task.interrupts.get(task.interrupts.size() - 1);
    if (innermost == null || innermost == Interrupt.SOFTIRQ) {
      setBhOff(task, context.bhOff(), line, out);
      setIrqsOff(task, context.irqsOff(), line, out);
    }
  }

  /** Locks an interrupt still holds when the recording shows it has returned: their release was not recorded. */
  private void releaseLost(TaskState task, int depth, int line, Consumer<Statement> out) {
    for (int i = task.held.size() - 1; i >= 0 && task.held.get(i).depth() >= depth; i--) {
      out.accept(call(line, "lock_release", task.held.remove(i).id()));
      lostReleases++;
    }
  }

  private static void setIrqsOff(TaskState task, boolean off, int line, Consumer<Statement> out) {
    if (task.irqsOff != off) {
      out.accept(call(line, off ? "local_irq_disable" : "local_irq_enable"));
      task.irqsOff = off;
    }
  }

  private static void setBhOff(TaskState task, boolean off, int line, Consumer<Statement> out) {
    if (task.bhOff != off) {
      out.accept(call(line, off ? "local_bh_disable" : "local_bh_enable"));
      task.bhOff = off;
    }
  }

  private static Statement.Call call(int line, String name, String... args) {
    return new Statement.Call(line, name, List.of(args), Optional.empty());
  }

  private void acquire(TaskState task, Context context, String fields, int line, Consumer<Statement> out) {
    Matcher m = ACQUIRE.matcher(fields.strip());
    if (!m.matches()) {
      return;
    }
    String id = lockId(m.group("addr"), m.group("name").strip(), line, out);
    enter(task, context, line, out);
    boolean read = m.group("read") != null;
    int readArg = read ? (context.interrupts().isEmpty() ? 1 : 2) : 0;
    boolean check = rules.builtin(m.group("name").strip()).isEmpty();
    out.accept(call(line, "lock_acquire", id, "0", m.group("try") != null ? "1" : "0", Integer.toString(readArg), check ? "1" : "0"));
    task.held.add(new Held(id, task.interrupts.size()));
  }

  private void release(TaskState task, Context context, String fields, int line, Consumer<Statement> out) {
    Matcher m = RELEASE.matcher(fields.strip());
    if (!m.matches()) {
      return;
    }
    String id = lockIds.get(m.group("addr") + " " + m.group("name").strip());
    int index = id == null ? -1 : lastHeld(task, id);
    if (index < 0) {
      skippedReleases++;
      return;
    }
    enter(task, context, line, out);
    out.accept(call(line, "lock_release", id));
    task.held.remove(lastHeld(task, id));
  }

  private static int lastHeld(TaskState task, String id) {
    for (int i = task.held.size() - 1; i >= 0; i--) {
      if (task.held.get(i).id().equals(id)) {
        return i;
      }
    }
    return -1;
  }

  /** The trace's name for a lock instance, declared on first sight as a lockdep map of the event's class name. */
  private String lockId(String address, String name, int line, Consumer<Statement> out) {
    String key = address + " " + name;
    String id = lockIds.get(key);
    if (id == null) {
      id = "lock" + lockIds.size() + "_" + address;
      lockIds.put(key, id);
      out.accept(new Statement.LockDeclaration(line, id, "lockdep_map", Optional.of(name)));
    }
    return id;
  }

  /** The lock events read. */
  public int events() {
    return events;
  }

  /** What this recording cannot tell, in sentences for the reader of a verdict. */
  public List<String> limits() {
    List<String> limits = new ArrayList<>(List.of(
        "ftrace lock events name a lock's map, not its class key: locks that share a name are one class here, and"
            + " nesting annotations (spin_lock_nested, mutex_lock_nested: lockdep's /N subclasses) and #N versions are"
            + " invisible, so an annotated nesting can show up as recursive locking",
        "the events do not give the lock type: wait-context checks are off, every lock is checked as a plain lockdep map",
        "'read' does not say whether a reader is recursive: readers count as recursive in interrupt context and as"
            + " plain readers elsewhere",
        "irq and bottom-half changes are inferred from the irqs-off column of each task's next lock event: a change"
            + " with no lock event in between is seen late",
        "there are no stack traces: each event's site is its line in the recording"));
    if (!bhColumn) {
      limits.add("this recording shows no bottom-half state (kernels before 5.19 print no 'b' in the irqs-off column):"
          + " bottom halves are taken as enabled, so softirq-unsafe uses may be over-reported");
    }
    if (lostReleases > 0) {
      limits.add(lostReleases + " lock(s) an interrupt still held when the recording shows it had returned were released there");
    }
    if (skippedReleases > 0) {
      limits.add(skippedReleases + " release(s) of locks taken before the recording started were skipped");
    }
    return limits;
  }

}
