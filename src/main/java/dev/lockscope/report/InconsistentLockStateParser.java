package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses an {@code inconsistent lock state} report in every era's format (spec section 4.1). */
final class InconsistentLockStateParser {

  private static final Pattern USAGE =
      Pattern.compile("^inconsistent \\{([^}]+)\\} -> \\{([^}]+)\\} usage\\.$");
  private static final Pattern TAKES =
      Pattern.compile(
          "^(.+?) \\[HC(\\d{1,3})\\[(\\d{1,3})\\]:SC(\\d{1,3})\\[(\\d{1,3})\\]:HE([01]):SE([01])\\] takes:$");
  private static final Pattern REGISTERED = Pattern.compile("^\\{([^}]+)\\} state was registered at:$");
  private static final Pattern STAMP = Pattern.compile("^irq event stamp: (\\d{1,19})$");
  private static final Pattern EVENT =
      Pattern.compile(
          "^(hardirqs|softirqs) last\\s+(enabled|disabled) at \\((\\d{1,19})\\): (.*)$");

  private InconsistentLockStateParser() {}

  static InconsistentLockState parse(LocatedReport located) {
    LineCursor cursor = new LineCursor(located.lines());
    String header = cursor.next().text().trim();
    Optional<String> ident = ReportParser.readIdent(cursor);
    List<String> missing = new ArrayList<>();

    Optional<Matcher> usage = cursor.seek(USAGE, 4);
    int usageLine = usage.isPresent() ? cursor.lineNumber() : 0;
    Optional<UsageBit> oldBit = usage.flatMap(m -> UsageBit.parse(m.group(1)));
    Optional<UsageBit> newBit = usage.flatMap(m -> UsageBit.parse(m.group(2)));
    boolean legacy = usage.map(m -> UsageBit.isLegacyName(m.group(1))).orElse(false);
    note(missing, usage.isPresent(), "inconsistent {OLD} -> {NEW} usage line");

    Optional<Matcher> takes = cursor.seek(TAKES, 3);
    Optional<TaskRef> task = takes.flatMap(m -> TaskRef.parse(m.group(1)));
    Optional<ContextTuple> context = takes.map(m -> tuple(m, cursor.lineNumber()));
    note(missing, takes.isPresent(), "task and context line (takes:)");

    Optional<LockLine> lock = SectionReader.readLock(cursor, legacy);
    note(missing, lock.isPresent(), "lock line");

    Optional<StackTrace> oldTrace = Optional.empty();
    if (cursor.seek(REGISTERED, 3).isPresent()) {
      oldTrace = Optional.of(SectionReader.readTrace(cursor));
    }
    note(missing, oldTrace.isPresent() && !oldTrace.get().isEmpty(), "{OLD} state was registered at: trace");

    Optional<IrqEvents> irqEvents = readIrqEvents(cursor);
    note(missing, irqEvents.isPresent(), "irq event stamp block");

    Optional<Scenario> scenario = SectionReader.readScenario(cursor, 6);
    Optional<HeldLocks> held = SectionReader.readHeldLocks(cursor, 12, legacy);
    note(missing, held.isPresent(), "held locks list");

    Optional<Backtrace> backtrace = SectionReader.readBacktrace(cursor, 4);
    note(missing, backtrace.isPresent() && !backtrace.get().trace().isEmpty(), "stack backtrace");

    ReportExtent extent =
        ReportParser.extent(located, header, ident, cursor, missing);
    return new InconsistentLockState(
        extent, oldBit, newBit, usageLine, task, context, lock, oldTrace, irqEvents, scenario, held, backtrace);
  }

  private static void note(List<String> missing, boolean present, String section) {
    if (!present) {
      missing.add(section);
    }
  }

  static ContextTuple tuple(Matcher m, int line) {
    return new ContextTuple(
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)),
        Integer.parseInt(m.group(4)),
        Integer.parseInt(m.group(5)),
        m.group(6).equals("1"),
        m.group(7).equals("1"),
        line);
  }

  private static Optional<IrqEvents> readIrqEvents(LineCursor cursor) {
    Optional<Matcher> stamp = cursor.seek(STAMP, 3);
    if (stamp.isEmpty()) {
      return Optional.empty();
    }
    int line = cursor.lineNumber();
    List<IrqEvent> events = new ArrayList<>();
    while (!cursor.atEnd()) {
      Matcher m = EVENT.matcher(cursor.peek().text().trim());
      if (!m.matches()) {
        break;
      }
      cursor.next();
      boolean softirqs = m.group(1).equals("softirqs");
      boolean enabled = m.group(2).equals("enabled");
      boolean repeated =
          !events.isEmpty()
              && events.get(events.size() - 1).softirqs() == softirqs
              && events.get(events.size() - 1).enabled() == enabled;
      if (!repeated) {
        Optional<Frame> site = FrameParser.parseSite(m.group(4).trim(), cursor.lineNumber());
        events.add(new IrqEvent(softirqs, enabled, Long.parseLong(m.group(3)), site, cursor.lineNumber()));
      }
    }
    return Optional.of(new IrqEvents(Long.parseLong(stamp.get().group(1)), events, line));
  }
}
