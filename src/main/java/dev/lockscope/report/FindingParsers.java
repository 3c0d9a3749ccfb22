package dev.lockscope.report;

import static java.util.Map.entry;

import dev.lockscope.ingest.LocatedReport;
import dev.lockscope.ingest.ReportKind;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/** The parsers of the single-event report kinds (spec sections 4.6 to 4.16), by kind. */
final class FindingParsers {

  private static final Map<ReportKind, BiFunction<LocatedReport, Dumps, LockdepReport>> PARSERS =
      Map.ofEntries(
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

  private FindingParsers() {}

  /** The typed report of a single-event kind; empty for the other kinds. */
  static Optional<LockdepReport> parse(LocatedReport located, Dumps dumps) {
    return Optional.ofNullable(PARSERS.get(located.kind())).map(parser -> parser.apply(located, dumps));
  }
}
