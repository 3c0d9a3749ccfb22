package dev.lockscope.engine;

import dev.lockscope.rules.LockTypeRule;

/**
 * A lock class: one key and one subclass (lockdep's {@code struct lock_class}). Carries the usage
 * bits with the evidence of the event that first set each, its wait types and lock type. Mutable
 * engine state: only the engine changes it.
 */
public final class LockClass {

  final int id;
  final String name;
  final int subclass;
  final LockTypeRule type;
  final int innerWait;
  final int outerWait;
  final long keyAddress;
  int usageMask;
  final SavedTrace[] usageTraces = new SavedTrace[Usage.TRACE_STATES];

  LockClass(int id, String name, int subclass, LockTypeRule type, int innerWait, int outerWait, long keyAddress) {
    this.id = id;
    this.name = name;
    this.subclass = subclass;
    this.type = type;
    this.innerWait = innerWait;
    this.outerWait = outerWait;
    this.keyAddress = keyAddress;
  }

  /**
   * The key as {@code ... key at:} prints it: a static lock's key lies in the lock itself, a
   * dynamic one is a {@code __key} symbol of its init site.
   */
  String keySymbol() {
    String symbol = name.matches("[A-Za-z_][A-Za-z0-9_]*") ? name + "+0x0/0x40" : "__key." + id + "+0x0/0x10";
    return "[<%016x>] %s".formatted(keyAddress + subclass, symbol);
  }

  /** The name as lockdep prints it: the key's name, then {@code /subclass} when not 0. */
  public String printedName() {
    return subclass == 0 ? name : name + "/" + subclass;
  }

  public String lockType() {
    return type.name();
  }

  boolean has(int bit) {
    return (usageMask & Usage.flag(bit)) != 0;
  }

  /**
   * Whether the class already has a pair of bits {@code valid_state} forbids for the irq state of
   * {@code bit} (an inconsistent lock state, reported before anything else about it).
   */
  boolean inconsistentIn(int bit) {
    int state = Usage.state(bit);
    boolean inWrite = has(state + Usage.USED_IN_HARDIRQ);
    boolean inRead = has(state + Usage.USED_IN_HARDIRQ_READ);
    boolean onWrite = has(state + Usage.ENABLED_HARDIRQ);
    boolean onRead = has(state + Usage.ENABLED_HARDIRQ_READ);
    return (inWrite && (onWrite || onRead)) || (inRead && onWrite);
  }

  /** Whether lockdep's irq-inversion searches consider this class ({@code usage_skip}). */
  boolean normal() {
    return type.kind() == LockTypeRule.Kind.NORMAL;
  }

  /** What the class looks like now, for a report. */
  ClassView view() {
    return new ClassView(printedName(), Usage.chars(usageMask), outerWait == 0 ? innerWait : outerWait, innerWait);
  }

  @Override
  public String toString() {
    return printedName();
  }
}
