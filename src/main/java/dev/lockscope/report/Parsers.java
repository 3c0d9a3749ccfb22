package dev.lockscope.report;

import static java.util.Map.entry;

import dev.lockscope.ingest.LocatedReport;
import dev.lockscope.ingest.ReportKind;
import java.util.Map;
import java.util.function.BiFunction;

/** The parser of every report kind, as a table (spec section 4). */
final class Parsers {

  private static final Map<ReportKind, BiFunction<LocatedReport, Dumps, LockdepReport>> PARSERS =
      Map.ofEntries(
          entry(ReportKind.INCONSISTENT_LOCK_STATE, (located, dumps) -> InconsistentLockStateParser.parse(located)),
          entry(ReportKind.CIRCULAR_DEPENDENCY, (located, dumps) -> CircularDependencyParser.parse(located)),
          entry(ReportKind.RECURSIVE_LOCKING, (located, dumps) -> RecursiveLockingParser.parse(located)),
          entry(ReportKind.IRQ_INVERSION, (located, dumps) -> IrqInversionParser.parse(located)),
          entry(ReportKind.IRQ_SAFE_UNSAFE_ORDER, (located, dumps) -> IrqSafeUnsafeOrderParser.parse(located)),
          entry(ReportKind.INVALID_WAIT_CONTEXT, InvalidWaitContextParser::parse),
          entry(ReportKind.BAD_UNLOCK_BALANCE, UnheldLockOperationParser::parse),
          entry(ReportKind.BAD_CONTENTION, UnheldLockOperationParser::parse),
          entry(ReportKind.HELD_LOCK_FREED, HeldLockFreedParser::parse),
          entry(ReportKind.LOCKS_HELD_AT_EXIT, LocksHeldAtExitParser::parse),
          entry(ReportKind.LOCK_HELD_RETURNING, (located, dumps) -> LockHeldReturningParser.parse(located)),
          entry(ReportKind.NESTED_LOCK_NOT_TAKEN, NestedLockNotTakenParser::parse),
          entry(ReportKind.SUSPICIOUS_RCU, SuspiciousRcuParser::parse),
          entry(ReportKind.LOCKDEP_CAPACITY, LockdepCapacityParser::parse),
          entry(ReportKind.NON_STATIC_KEY, NonStaticKeyParser::parse),
          entry(ReportKind.LOCKDEP_INTERNAL, LockdepInternalParser::parse),
          entry(ReportKind.HELD_LOCKS_DUMP, (located, dumps) -> HeldLocksDumpParser.parse(located)));

  private Parsers() {}

  /** The typed report of a located report; every kind has a parser. */
  static LockdepReport parse(LocatedReport located, Dumps dumps) {
    BiFunction<LocatedReport, Dumps, LockdepReport> parser = PARSERS.get(located.kind());
    if (parser == null) {
      throw new IllegalStateException("no parser for " + located.kind().id());
    }
    return parser.apply(located, dumps);
  }
}
