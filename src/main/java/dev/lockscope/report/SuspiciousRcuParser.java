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
    LineCursor cursor = new LineCursor(located.lines());
    String header = cursor.next().text().trim();
    Optional<String> ident = ReportParser.readIdent(cursor);
    MissingSections missing = new MissingSections();
    Optional<RcuSite> site =
        missing.require(cursor.seek(SITE, 3).map(m -> site(m, cursor.lineNumber())), "<file>:<line> message line");
    Optional<RcuState> state =
        missing.require(
            cursor.seek(STATE, 6).map(m -> new RcuState(Integer.parseInt(m.group(1)), m.group(2).equals("1"), cursor.lineNumber())),
            "rcu_scheduler_active/debug_locks line");
    List<String> notes = readNotes(cursor);
    Optional<HeldLocks> held = missing.requireHeldList(SectionReader.readHeldLocks(cursor, 2, false));
    Optional<Backtrace> backtrace = dumps.marked(cursor, 3, missing, "stack backtrace");
    dumps.requireOwner(backtrace, held.flatMap(HeldLocks::task), missing, "stack backtrace");
    return new SuspiciousRcu(
        ReportParser.extent(located, header, ident, cursor, missing.names()), site, state, notes, held, backtrace);
  }

  private static RcuSite site(Matcher m, int line) {
    return new RcuSite(m.group(1), Integer.parseInt(m.group(2)), m.group(3), line);
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
