package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a {@code suspicious RCU usage} report in every era's wording (spec section 4.13). */
final class SuspiciousRcuParser {

  private static final Pattern SITE = Pattern.compile("^(\\S+\\.[A-Za-z]+):(\\d{1,7}) (.+?)!*$");
  private static final Pattern STATE = Pattern.compile("^rcu_scheduler_active = (\\d+), debug_locks = ([01])$");
  private static final Pattern NOTE =
      Pattern.compile("^(RCU used illegally from [a-z ]+!|Possible false positive due to lockdep disabling via debug_locks = 0)$");

  private SuspiciousRcuParser() {}

  static SuspiciousRcu parse(LocatedReport located, Dumps dumps) {
    ReportReading reading = ReportReading.framed(located);
    Optional<RcuSite> site =
        reading.sentence(SITE, 3, "<file>:<line> message line")
            .map(s -> new RcuSite(s.match().group(1), Numbers.saturatedInt(s.match().group(2)), s.match().group(3), s.line()));
    Optional<RcuState> state =
        reading.sentence(STATE, 6, "rcu_scheduler_active/debug_locks line")
            .map(s -> new RcuState(Numbers.saturatedInt(s.match().group(1)), s.match().group(2).equals("1"), s.line()));
    List<String> notes = readNotes(reading.cursor());
    Optional<HeldLocks> held = reading.heldList(2);
    Optional<Backtrace> backtrace = dumps.marked(reading, 3, "stack backtrace");
    dumps.requireOwner(reading, backtrace, held.flatMap(HeldLocks::task), "stack backtrace");
    return new SuspiciousRcu(reading.extent(), site, state, notes, held, backtrace);
  }

  /** The remarks printed between the state line and the held-locks list. */
  private static List<String> readNotes(LineCursor cursor) {
    List<String> notes = new ArrayList<>();
    Optional<Matcher> note = cursor.seek(NOTE, 0);
    while (note.isPresent()) {
      notes.add(note.get().group(1));
      note = cursor.seek(NOTE, 0);
    }
    return notes;
  }
}
