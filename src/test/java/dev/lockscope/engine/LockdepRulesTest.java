package dev.lockscope.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.rules.RulesLoader;
import dev.lockscope.trace.TraceException;
import dev.lockscope.trace.TraceParser;
import dev.lockscope.trace.TraceRunner;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One test per lockdep rule the engine implements, each on the smallest trace that exercises it
 * (section numbers are those of the semantics reference, ../shared/spec/lockdep-semantics.md).
 */
class LockdepRulesTest {

  private static final dev.lockscope.rules.EngineRules RULES = RulesLoader.bundled().engine();

  /** The violations of a trace, in order; {@code all} keeps going after the first. */
  static List<Violation> run(String trace, boolean all) {
    TraceRunner runner = new TraceRunner("t", RULES, EngineConfig.defaults().withReportAll(all), v -> { });
    new TraceParser("t").parse(trace).forEach(runner::run);
    runner.finish(false);
    return runner.violations();
  }

  static List<String> kinds(String trace) {
    return run(trace, false).stream().map(Violation::kindId).toList();
  }

  static List<String> allKinds(String trace) {
    return run(trace, true).stream().map(Violation::kindId).toList();
  }

  static Violation first(String trace) {
    List<Violation> found = run(trace, false);
    assertEquals(1, found.size(), "violations: " + found.stream().map(Violation::summary).toList());
    return found.get(0);
  }

  static LockGraph graph(String trace) {
    TraceRunner runner = new TraceRunner("t", RULES, EngineConfig.defaults(), v -> { });
    new TraceParser("t").parse(trace).forEach(runner::run);
    return runner.finish(false).graph();
  }

  @Nested
  class RecursiveLocking {

    @Test
    void theSameSpinlockTwiceIsReported() {
      assertEquals(List.of("recursive-locking"), kinds("lock a spinlock_t\nspin_lock(a)\nspin_lock(a)\n"));
    }

    @Test
    void twoInstancesOfOneClassNeedANestingAnnotation() {
      String locks = "lock x spinlock_t class &o->lock\nlock y spinlock_t class &o->lock\n";
      assertEquals(List.of("recursive-locking"), kinds(locks + "spin_lock(x)\nspin_lock(y)\n"));
      assertEquals(List.of(), kinds(locks + "spin_lock(x)\nspin_lock_nested(y, 1)\n"));
    }

    @Test
    void aTrylockIsNeverChecked() {
      assertEquals(List.of(), kinds("lock a spinlock_t\nspin_lock(a)\nspin_trylock(a)\n"));
    }

    @Test
    void rwlockReadersAreRecursiveOnlyInInterruptContext() {
      String twice = "read_lock(r)\nread_lock(r)\nread_unlock(r)\nread_unlock(r)\n";
      assertEquals(List.of("recursive-locking"), kinds("lock r rwlock_t\n" + twice));
      assertEquals(List.of(), kinds("lock r rwlock_t\nsoftirq\n" + twice + "end\n"));
      assertEquals(List.of(), kinds("config CONFIG_QUEUED_RWLOCKS=n\nlock r rwlock_t\n" + twice));
    }

    @Test
    void rwsemReadersAreNeverRecursive() {
      assertEquals(List.of("recursive-locking"), kinds("lock s rw_semaphore\ndown_read(s)\ndown_read(s)\n"));
    }

    @Test
    void aHeldNestLockSerialisesSameClassLocks() {
      String locks = "lock p mutex\nlock x mutex class &o->m\nlock y mutex class &o->m\n";
      assertEquals(List.of(), kinds(locks + "mutex_lock(p)\nmutex_lock_nest_lock(x, p)\nmutex_lock_nest_lock(y, p)\n"));
      assertEquals(List.of("nested-lock-not-taken"), kinds(locks + "mutex_lock_nest_lock(x, p)\n"));
    }
  }

  @Nested
  class Cycles {

    private static final String AB = "lock a mutex\nlock b mutex\n";

    @Test
    void abbaClosesACycleOfTwo() {
      Violation.CircularDependency v = (Violation.CircularDependency) first(
          AB + "mutex_lock(a)\nmutex_lock(b)\nmutex_unlock(b)\nmutex_unlock(a)\nmutex_lock(b)\nmutex_lock(a)\n");
      assertEquals(List.of(1, 0), v.chain().stream().map(Violation.ChainLink::number).toList());
      assertEquals("b", v.chain().get(0).lockClass().name());
      assertEquals("a", v.middle());
    }

    @Test
    void aLongerCycleNamesTheMiddleLock() {
      Violation.CircularDependency v = (Violation.CircularDependency) first("lock a spinlock_t\nlock b spinlock_t\nlock c spinlock_t\n"
          + "spin_lock(a)\nspin_lock(b)\nspin_unlock(b)\nspin_unlock(a)\n"
          + "spin_lock(b)\nspin_lock(c)\nspin_unlock(c)\nspin_unlock(b)\n"
          + "spin_lock(c)\nspin_lock(a)\n");
      assertEquals(List.of("c", "b", "a"), v.chain().stream().map(l -> l.lockClass().name()).toList());
      assertEquals("b", v.middle());
    }

    @Test
    void aTrylockInReverseOrderAddsNoDependency() {
      assertEquals(List.of(), kinds(AB.replace("mutex", "spinlock_t")
          + "spin_lock(a)\nspin_lock(b)\nspin_unlock(b)\nspin_unlock(a)\nspin_lock(b)\nspin_trylock(a)\n"));
    }

    @Test
    void aTrylockIsNeverTheTargetButLinksTheLockBeforeItToTheNextOne() {
      LockGraph graph = graph("lock a spinlock_t\nlock b spinlock_t\nlock c spinlock_t\nspin_lock(a)\nspin_trylock(b)\nspin_lock(c)\n");
      assertEquals(List.of("b -> c [EN]", "a -> c [EN]"),
          graph.view().edgeSet().stream().map(Dependency::toString).toList());
    }

    @Test
    void recursiveReadersAloneNeverCloseACycle() {
      String cycle = "read_lock(a)\nread_lock(b)\nread_unlock(b)\nread_unlock(a)\nread_lock(b)\nread_lock(a)\n";
      assertEquals(List.of(), kinds("lock a rwlock_t\nlock b rwlock_t\nsoftirq\n" + cycle + "read_unlock(a)\nread_unlock(b)\nend\n"));
      assertEquals(List.of("circular-dependency"), kinds("lock a rwlock_t\nlock b rwlock_t\n" + cycle));
    }

    @Test
    void aWriterMakesAReaderCycleStrong() {
      assertEquals(List.of("circular-dependency"), kinds("lock a rwlock_t\nlock b rwlock_t\n"
          + "read_lock(a)\nwrite_lock(b)\nwrite_unlock(b)\nread_unlock(a)\nwrite_lock(b)\nread_lock(a)\n"));
    }

    @Test
    void dependenciesCarryTheirTypes() {
      LockGraph graph = graph("config CONFIG_QUEUED_RWLOCKS=n\nlock r rwlock_t\nlock s spinlock_t\nlock t rwlock_t\n"
          + "read_lock(r)\nspin_lock(s)\nread_lock(t)\nread_unlock(t)\nspin_unlock(s)\nread_unlock(r)\n");
      assertEquals(List.of("r -> s [SN]", "s -> t [ER]"), graph.view().edgeSet().stream().map(Dependency::toString).toList());
    }

    @Test
    void everyViolationIsReportedOnceWithAll() {
      String abbaTwice = AB + "mutex_lock(a)\nmutex_lock(b)\nmutex_unlock(b)\nmutex_unlock(a)\n"
          + "mutex_lock(b)\nmutex_lock(a)\nmutex_unlock(a)\nmutex_unlock(b)\n"
          + "task other\nmutex_lock(b)\nmutex_lock(a)\nmutex_unlock(a)\nmutex_unlock(b)\n"
          + "lock c spinlock_t\nspin_lock(c)\nspin_lock(c)\n";
      assertEquals(List.of("circular-dependency"), kinds(abbaTwice));
      assertEquals(List.of("circular-dependency", "recursive-locking"), allKinds(abbaTwice));
    }
  }

  @Nested
  class UsageBits {

    @Test
    void aLockTakenInSoftirqAndWithSoftirqsOnIsInconsistent() {
      Violation.InconsistentLockState v = (Violation.InconsistentLockState) first(
          "lock a spinlock_t\nspin_lock(a)\nspin_unlock(a)\nsoftirq\nspin_lock(a)\nspin_unlock(a)\nend\n");
      assertEquals("SOFTIRQ-ON-W", v.previous().printedName());
      assertEquals("IN-SOFTIRQ-W", v.next().printedName());
      assertEquals("+.?.", v.lock().lockClass().usage());
      assertEquals("[HC0[0]:SC1[1]:HE1:SE0]", v.context().printed());
    }

    @Test
    void bhDisablingInProcessContextIsSafe() {
      assertEquals(List.of(), kinds("lock a spinlock_t\nspin_lock_bh(a)\nspin_unlock_bh(a)\nsoftirq\nspin_lock(a)\nspin_unlock(a)\nend\n"
          + "spin_lock_bh(a)\nspin_unlock_bh(a)\n"));
    }

    @Test
    void readersInIrqAndReadersWithIrqsOnNeverConflict() {
      assertEquals(List.of(), kinds("lock r rwlock_t\nread_lock(r)\nread_unlock(r)\nsoftirq\nread_lock(r)\nread_unlock(r)\nend\n"));
      Violation.InconsistentLockState v = (Violation.InconsistentLockState) first(
          "lock r rwlock_t\nread_lock(r)\nread_unlock(r)\nsoftirq\nwrite_lock(r)\nwrite_unlock(r)\nend\n");
      assertEquals("SOFTIRQ-ON-R", v.previous().printedName());
    }

    @Test
    void enablingIrqsWithALockHeldMarksIt() {
      Violation.InconsistentLockState v = (Violation.InconsistentLockState) first("config CONFIG_PROVE_RAW_LOCK_NESTING=y\n"
          + "lock a raw_spinlock_t\nhardirq nothread\nraw_spin_lock(a)\nraw_spin_unlock(a)\nend\n"
          + "local_irq_disable()\nraw_spin_lock(a)\nlocal_irq_enable() @ f\n");
      assertEquals("HARDIRQ-ON-W", v.next().printedName());
      assertEquals("[HC0[0]:SC0[0]:HE0:SE1]", v.context().printed());
      assertTrue(v.tail().backtrace().lockdepFrames().contains("trace_hardirqs_on"));
      assertEquals(1, v.tail().held().size());
    }

    @Test
    void enablingBottomHalvesWithALockHeldMarksIt() {
      Violation.InconsistentLockState v = (Violation.InconsistentLockState) first(
          "lock a spinlock_t\nsoftirq\nspin_lock(a)\nspin_unlock(a)\nend\nlocal_bh_disable()\nspin_lock(a)\nlocal_bh_enable()\n");
      assertEquals("SOFTIRQ-ON-W", v.next().printedName());
      assertEquals("[HC0[0]:SC0[0]:HE0:SE1]", v.context().printed());
      assertTrue(v.tail().backtrace().lockdepFrames().contains("__local_bh_enable_ip"));
    }

    @Test
    void anIrqSafeLockMustNotBeTakenBeforeAnIrqUnsafeOne() {
      Violation.IrqSafeToUnsafe v = (Violation.IrqSafeToUnsafe) first("lock s spinlock_t\nlock u spinlock_t\n"
          + "softirq\nspin_lock(s)\nspin_unlock(s)\nend\nspin_lock(u)\nspin_unlock(u)\nspin_lock_bh(s)\nspin_lock(u)\n");
      assertEquals("SOFTIRQ", v.irqClass());
      assertEquals("s", v.safe().name());
      assertEquals("u", v.unsafe().name());
      assertEquals(new Violation.IrqScenario("s", "u", "u"), v.scenario());
    }

    @Test
    void aReaderInIrqMakesAReadSafeLock() {
      Violation.IrqSafeToUnsafe v = (Violation.IrqSafeToUnsafe) first("lock r rwlock_t\nlock u spinlock_t\n"
          + "hardirq\nread_lock(r)\nread_unlock(r)\nend\nspin_lock(u)\nspin_unlock(u)\nwrite_lock_irq(r)\nspin_lock(u)\n");
      assertEquals("HARDIRQ-READ", v.irqClass());
      assertEquals(List.of(), kinds("lock r rwlock_t\nlock u spinlock_t\n"
          + "hardirq\nread_lock(r)\nread_unlock(r)\nend\nspin_lock(u)\nspin_unlock(u)\nread_lock_irq(r)\nspin_lock(u)\n"),
          "a read-safe lock held as a reader cannot block an irq reader");
    }

    @Test
    void aNewIrqBitLooksForConflictsAlongTheGraph() {
      Violation.IrqInversion forwards = (Violation.IrqInversion) first("lock s spinlock_t\nlock m spinlock_t\nlock u spinlock_t\n"
          + "spin_lock_bh(s)\nspin_lock(m)\nspin_lock(u)\nspin_unlock(u)\nspin_unlock(m)\nspin_unlock_bh(s)\n"
          + "spin_lock(u)\nspin_unlock(u)\nsoftirq\nspin_lock(s)\nspin_unlock(s)\nend\n");
      assertTrue(forwards.forwards());
      assertEquals(new Violation.IrqScenario("s", "u", "m"), forwards.scenario());
      assertEquals(List.of(2, 1, 0), forwards.path().stream().map(Violation.PathBlock::depth).toList());
      Violation.IrqInversion backwards = (Violation.IrqInversion) first("lock s spinlock_t\nlock u spinlock_t\n"
          + "softirq\nspin_lock(s)\nspin_unlock(s)\nend\nspin_lock_bh(s)\nspin_lock(u)\nspin_unlock(u)\nspin_unlock_bh(s)\nspin_lock(u)\n");
      assertTrue(!backwards.forwards());
      assertEquals("SOFTIRQ", backwards.irqClass());
    }

    @Test
    void localLocksAreLeftOutOfTheIrqSearches() {
      assertEquals(List.of(), kinds("lock s spinlock_t\nlock l local_lock_t\n"
          + "softirq\nspin_lock(s)\nspin_unlock(s)\nend\nlocal_lock(l)\nlocal_unlock(l)\nspin_lock_bh(s)\nlocal_lock(l)\n"));
    }

    @Test
    void aLockUsedOutsideNmiMustNotBeTakenInNmi() {
      Violation.InconsistentLockState v = (Violation.InconsistentLockState) first(
          "lock a raw_spinlock_t\nraw_spin_lock(a)\nraw_spin_unlock(a)\nnmi\nraw_spin_lock(a)\nraw_spin_unlock(a)\nend\n");
      assertEquals("INITIAL USE", v.previous().printedName());
      assertEquals("IN-NMI", v.next().printedName());
    }
  }

  @Nested
  class WaitContext {

    @Test
    void aMutexUnderASpinlockIsReportedInBothNumberings() {
      String trace = "lock s spinlock_t\nlock m mutex\nspin_lock(s)\nmutex_lock(m)\n";
      Violation.InvalidWaitContext standard = (Violation.InvalidWaitContext) first(trace);
      assertEquals(4, standard.contextWait());
      assertEquals(3, standard.lock().lockClass().innerWait());
      Violation.InvalidWaitContext raw = (Violation.InvalidWaitContext) first("config CONFIG_PROVE_RAW_LOCK_NESTING=y\n" + trace);
      assertEquals(5, raw.contextWait());
      assertEquals(4, raw.lock().lockClass().innerWait());
    }

    @Test
    void aSpinlockUnderARawSpinlockNeedsRawLockNesting() {
      String trace = "lock r raw_spinlock_t\nlock s spinlock_t\nraw_spin_lock(r)\nspin_lock(s)\n";
      assertEquals(List.of(), kinds(trace));
      assertEquals(List.of("invalid-wait-context"), kinds("config CONFIG_PROVE_RAW_LOCK_NESTING=y\n" + trace));
    }

    @Test
    void aSpinlockInAHardIrqIsInvalidOnlyWhenTheHandlerIsNeverThreaded() {
      String body = "lock s spinlock_t\n%s\nspin_lock(s)\nspin_unlock(s)\nend\n";
      assertEquals(List.of("invalid-wait-context"), kinds("config CONFIG_PROVE_RAW_LOCK_NESTING=y\n" + body.formatted("hardirq nothread")));
      assertEquals(List.of(), kinds("config CONFIG_PROVE_RAW_LOCK_NESTING=y\n" + body.formatted("hardirq")));
    }

    @Test
    void aTrylockIsNotChecked() {
      assertEquals(List.of(), kinds("lock s spinlock_t\nlock m mutex\nspin_lock(s)\nmutex_trylock(m)\n"));
    }
  }

  @Nested
  class ReleasesAndLifetimes {

    @Test
    void releasingALockNeverTakenIsAnImbalance() {
      Violation.UnlockImbalance v = (Violation.UnlockImbalance) first("lock m mutex\nmutex_unlock(m) @ f\n");
      assertEquals("m", v.mapName());
      assertEquals("f", v.site().function());
    }

    @Test
    void aLockIsReleasedOnlyInTheContextThatTookIt() {
      String locks = "lock a spinlock_t\nlock b spinlock_t\nspin_lock(a)\nhardirq\n";
      assertEquals(List.of("bad-unlock-balance"), kinds(locks + "spin_lock(b)\nspin_unlock(a)\nend\n"));
      assertEquals(List.of(), kinds(locks + "spin_unlock(a)\nend\n"), "the top of the stack is always found");
    }

    @Test
    void releasingALockBelowTheTopTakesTheOthersAgain() {
      assertEquals(List.of(), kinds("lock a spinlock_t\nlock b spinlock_t\nspin_lock(a)\nspin_lock(b)\nspin_unlock(a)\nspin_unlock(b)\n"));
    }

    @Test
    void freeingTheMemoryOfAHeldLockIsReported() {
      assertEquals(List.of("held-lock-freed"), kinds("lock a spinlock_t\nspin_lock(a)\nkfree(a)\n"));
      assertEquals(List.of(), kinds("lock a spinlock_t\nlock b spinlock_t\nspin_lock(a)\nkfree(b)\n"));
    }

    @Test
    void aTaskMustNotLeaveTheKernelHoldingLocks() {
      assertEquals(List.of("lock-held-returning"), kinds("lock m mutex\nmutex_lock(m)\nreturn_to_user()\n"));
      assertEquals(List.of("locks-held-at-exit"), kinds("lock m mutex\nmutex_lock(m)\ndo_exit()\n"));
    }

    @Test
    void aDowngradedWriterIsAReader() {
      assertEquals(List.of(), kinds("config CONFIG_QUEUED_RWLOCKS=n\nlock s rw_semaphore\ndown_write(s)\ndowngrade_write(s)\nup_read(s)\n"));
    }
  }

  @Nested
  class Rcu {

    @Test
    void anRcuDereferenceNeedsAReader() {
      assertEquals(List.of("suspicious-rcu"), kinds("rcu_dereference(p) @ f x.c:3\n"));
      assertEquals(List.of(), kinds("rcu_read_lock()\nrcu_dereference(p)\nrcu_read_unlock()\n"));
      assertEquals(List.of(), kinds("lock m mutex\nmutex_lock(m)\nrcu_dereference_protected(p, m)\n"));
    }

    @Test
    void sleepingInAnRcuReaderIsSuspiciousAndAMutexThereAnInvalidWaitContext() {
      assertEquals(List.of("suspicious-rcu"), kinds("rcu_read_lock()\nmight_sleep()\n"));
      assertEquals(List.of("suspicious-rcu", "invalid-wait-context"), kinds("lock m mutex\nrcu_read_lock()\nmutex_lock(m)\n"));
      assertEquals(List.of(), kinds("config CONFIG_PREEMPT_RCU=y\nrcu_read_lock()\nmight_sleep()\n"));
    }
  }

  @Nested
  class Limits {

    @Test
    void aSubclassPastSevenIsInvalid() {
      Violation.ValidatorLimit v = (Violation.ValidatorLimit) first("lock a spinlock_t\nspin_lock_nested(a, 8)\n");
      assertEquals("BUG: looking up invalid subclass: 8", v.messages().get(0));
    }

    @Test
    void fortyEightHeldLocksAreTooMany() {
      StringBuilder trace = new StringBuilder();
      for (int i = 0; i < 48; i++) {
        trace.append("lock l").append(i).append(" lockdep_map\nlock_map_acquire(l").append(i).append(")\n");
      }
      Violation.ValidatorLimit v = (Violation.ValidatorLimit) first(trace.toString());
      assertEquals("BUG: MAX_LOCK_DEPTH too low!", v.messages().get(0));
    }
  }

  @Nested
  class TraceErrors {

    private static String error(String trace) {
      return assertThrows(TraceException.class, () -> run(trace, false)).getMessage();
    }

    @Test
    void impossibleEventsNameTheirLine() {
      assertEquals("t:2: a softirq cannot run here: bottom halves are disabled", error("local_bh_disable()\nsoftirq\nend\n"));
      assertEquals("t:2: a hard interrupt cannot arrive here: interrupts are disabled", error("local_irq_disable()\nhardirq\nend\n"));
      assertEquals("t:1: 'end' without a hardirq, softirq or nmi to end", error("end\n"));
      assertEquals("t:4: the softirq handler returns with a still held", error("lock a spinlock_t\nsoftirq\nspin_lock(a)\nend\n"));
      assertEquals("t:1: this hardirq is never ended with 'end'", error("hardirq\n"));
    }

    @Test
    void callsAndLocksAreChecked() {
      assertTrue(error("lock a spinlock_t\nspin_lok(a)\n").contains("unknown call 'spin_lok' (did you mean spin_lock?)"));
      assertEquals("t:1: unknown lock 'a': declare it first with 'lock a TYPE'", error("spin_lock(a)\n"));
      assertEquals("t:2: spin_lock() takes a spinlock_t, but m is a mutex", error("lock m mutex\nspin_lock(m)\n"));
      assertEquals("t:2: spin_lock_nested takes spin_lock_nested(lock, subclass), not 1 argument(s)",
          error("lock a spinlock_t\nspin_lock_nested(a)\n"));
      assertEquals("t:2: config options come before every other statement", error("lock a spinlock_t\nconfig CONFIG_QUEUED_RWLOCKS=n\n"));
      assertEquals("t:1: unknown lock type 'spinlock'", error("lock a spinlock\n"));
    }
  }
}
