package dev.lockscope.engine;

import dev.lockscope.rules.LockTypeRule;

/** A {@code lock_class_key}: the classes of its subclasses, registered on first use. */
final class ClassKey {

  final String name;
  final LockTypeRule type;
  final long address;
  final LockClass[] subclasses = new LockClass[LockInstance.MAX_SUBCLASSES];

  ClassKey(String name, LockTypeRule type, long address) {
    this.name = name;
    this.type = type;
    this.address = address;
  }
}
