package dev.lockscope.rules;

import java.util.List;
import java.util.Optional;

/**
 * One row of {@code trace-calls.tsv}: a kernel API call of the trace language and what it does in
 * lockdep's terms (the table's header documents every column).
 */
public final class TraceCall {

  /** What the call is to lockdep. */
  public enum Op {
    ACQUIRE,
    RELEASE,
    ACQUIRE_RELEASE,
    SYNC,
    DOWNGRADE,
    IRQ_DISABLE,
    IRQ_ENABLE,
    IRQ_SAVE,
    IRQ_RESTORE,
    BH_DISABLE,
    BH_ENABLE,
    PREEMPT_DISABLE,
    PREEMPT_ENABLE,
    FREE,
    MIGHT_SLEEP,
    RETURN_TO_USER,
    EXIT,
    RCU_CHECK
  }

  /** Lockdep's read argument of an acquisition. */
  public enum Read {
    EXCLUSIVE,
    SHARED,
    RECURSIVE,
    RWLOCK,
    ARG
  }

  /** What the call does to the irq state around the lock. */
  public enum IrqAction {
    NONE,
    BH,
    IRQ,
    IRQSAVE,
    PREEMPT
  }

  /** The kinds of argument a call takes. */
  public enum ArgKind {
    LOCK,
    NEST,
    SUBCLASS,
    FLAGS,
    PTR,
    TRYLOCK,
    READ,
    CHECK
  }

  /** One argument of the call's signature. */
  public record Arg(ArgKind kind, boolean optional) {}

  private final String call;
  private final Op op;
  private final List<String> types;
  private final Optional<Read> read;
  private final boolean trylock;
  private final boolean check;
  private final IrqAction irq;
  private final List<Arg> args;
  private final List<String> frames;
  private final String detail;
  private final int requiredArgs;
  private final int[] positions = new int[ArgKind.values().length];
  private final Optional<String> builtinMap;
  private final boolean anyType;

  TraceCall(String call, Op op, List<String> types, Optional<Read> read, boolean trylock, boolean check,
      IrqAction irq, List<Arg> args, List<String> frames, String detail) {
    this.call = call;
    this.op = op;
    this.types = List.copyOf(types);
    this.read = read;
    this.trylock = trylock;
    this.check = check;
    this.irq = irq;
    this.args = List.copyOf(args);
    this.frames = List.copyOf(frames);
    this.detail = detail;
    this.requiredArgs = (int) args.stream().filter(a -> !a.optional()).count();
    java.util.Arrays.fill(positions, -1);
    for (int i = args.size() - 1; i >= 0; i--) {
      positions[args.get(i).kind().ordinal()] = i;
    }
    this.builtinMap = positions[ArgKind.LOCK.ordinal()] < 0 && op != Op.RCU_CHECK && types.size() == 1 && !types.get(0).equals("-")
        ? Optional.of(types.get(0))
        : Optional.empty();
    this.anyType = types.contains("*");
  }

  /** The kernel API name written in a trace. */
  public String call() {
    return call;
  }

  public Op op() {
    return op;
  }

  /** The lock types the lock argument may have; for rcu-check, what makes the access legal. */
  public List<String> types() {
    return types;
  }

  /** Lockdep's read argument, empty for calls that acquire nothing. */
  public Optional<Read> read() {
    return read;
  }

  public boolean trylock() {
    return trylock;
  }

  /** Lockdep's check argument. */
  public boolean check() {
    return check;
  }

  public IrqAction irq() {
    return irq;
  }

  public List<Arg> args() {
    return args;
  }

  /** The functions between lock_acquire and the caller in printed stack traces, innermost first. */
  public List<String> frames() {
    return frames;
  }

  /** For rcu-check, the message lockdep prints. */
  public String detail() {
    return detail;
  }

  /** The number of arguments the call needs at least. */
  public int requiredArgs() {
    return requiredArgs;
  }

  /** The position of the first argument of this kind, -1 when the call takes none. */
  public int position(ArgKind kind) {
    return positions[kind.ordinal()];
  }

  /** Whether a lock of this type may be the call's lock argument. */
  public boolean acceptsType(String type) {
    return anyType || types.contains(type);
  }

  /** The built-in map the call works on when it takes no lock argument ({@code rcu_read_lock()}). */
  public Optional<String> builtinMap() {
    return builtinMap;
  }

  @Override
  public String toString() {
    return call;
  }

  static TraceCall parse(String[] c) {
    Op op = LockTypeRule.enumValue(Op.class, c[1], "op");
    Optional<Read> read = c[3].equals("-") ? Optional.empty() : Optional.of(read(c[3]));
    if (!c[4].equals("try") && !c[4].equals("-")) {
      throw new IllegalArgumentException("try column must be 'try' or '-', not '" + c[4] + "'");
    }
    if (!c[5].equals("yes") && !c[5].equals("no")) {
      throw new IllegalArgumentException("check column must be 'yes' or 'no', not '" + c[5] + "'");
    }
    IrqAction irq = c[6].equals("-") ? IrqAction.NONE : LockTypeRule.enumValue(IrqAction.class, c[6], "irq");
    List<String> types = List.of(c[2].split(","));
    List<String> frames = c[8].equals("-") ? List.of() : List.of(c[8].split(","));
    return new TraceCall(c[0], op, types, read, c[4].equals("try"), c[5].equals("yes"), irq, args(c[7]), frames, c[9]);
  }

  private static Read read(String text) {
    return switch (text) {
      case "0" -> Read.EXCLUSIVE;
      case "1" -> Read.SHARED;
      case "2" -> Read.RECURSIVE;
      case "rwlock" -> Read.RWLOCK;
      case "arg" -> Read.ARG;
      default -> throw new IllegalArgumentException("unknown read '" + text + "'");
    };
  }

  private static List<Arg> args(String text) {
    if (text.equals("-")) {
      return List.of();
    }
    return java.util.Arrays.stream(text.split(","))
        .map(a -> {
          boolean optional = a.startsWith("[") && a.endsWith("]");
          String name = optional ? a.substring(1, a.length() - 1) : a;
          return new Arg(LockTypeRule.enumValue(ArgKind.class, name, "argument"), optional);
        })
        .toList();
  }
}
