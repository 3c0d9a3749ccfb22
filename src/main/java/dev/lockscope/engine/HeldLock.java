package dev.lockscope.engine;

/** An entry of a task's held-lock stack (lockdep's {@code struct held_lock}). */
final class HeldLock {

  final LockInstance instance;
  LockClass lockClass;
  final Evidence evidence;
  int read;
  final boolean trylock;
  final boolean check;
  final boolean hardirqsOff;
  final boolean sync;
  final int irqContext;
  final LockInstance nestLock;
  int references;
  long prevChainKey;

  HeldLock(
      LockInstance instance,
      LockClass lockClass,
      Evidence evidence,
      int read,
      boolean trylock,
      boolean check,
      boolean hardirqsOff,
      boolean sync,
      int irqContext,
      LockInstance nestLock,
      int references) {
    this.instance = instance;
    this.lockClass = lockClass;
    this.evidence = evidence;
    this.read = read;
    this.trylock = trylock;
    this.check = check;
    this.hardirqsOff = hardirqsOff;
    this.sync = sync;
    this.irqContext = irqContext;
    this.nestLock = nestLock;
    this.references = references;
  }

  /** The LOCK line lockdep prints for it ({@code print_lock}). */
  LockView view() {
    return new LockView(instance.address, lockClass.view(), evidence.site());
  }
}
