package dev.lockscope.engine;

import dev.lockscope.rules.LockTypeRule;

/**
 * A lock instance (a {@code lockdep_map} in memory): its name, type, the key its class comes from
 * and a simulated address. Instances declared with the same class name share a key.
 */
public final class LockInstance {

  static final int MAX_SUBCLASSES = 8;

  final String name;
  final LockTypeRule type;
  final ClassKey key;
  final long address;
  final LockClass[] classCache = new LockClass[MAX_SUBCLASSES];

  LockInstance(String name, LockTypeRule type, ClassKey key, long address) {
    this.name = name;
    this.type = type;
    this.key = key;
    this.address = address;
  }

  public String name() {
    return name;
  }

  public String typeName() {
    return type.name();
  }

  /** Whether taking it may sleep (so the kernel's {@code might_sleep()} runs first). */
  public boolean sleeps() {
    return type.waits() == LockTypeRule.Waits.SLEEPS;
  }

  /** The class name of subclass 0. */
  public String className() {
    return key.name;
  }

  /** The map's name as lockdep's unlock report prints it ({@code print_lockdep_cache}): the key's name. */
  String mapName() {
    return key.name;
  }

  @Override
  public String toString() {
    return name;
  }
}
