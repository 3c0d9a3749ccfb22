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
    ReportReading reading = ReportReading.framed(located);
    LineCursor cursor = reading.cursor();
    Optional<ReportReading.Sentence> usage = reading.sentence(USAGE, 4, "inconsistent {OLD} -> {NEW} usage line");
    int usageLine = usage.map(ReportReading.Sentence::line).orElse(0);
    Optional<UsageBit> oldBit = usage.flatMap(m -> UsageBit.parse(m.match().group(1)));
    Optional<UsageBit> newBit = usage.flatMap(m -> UsageBit.parse(m.match().group(2)));
    boolean legacy = usage.map(m -> UsageBit.isLegacyName(m.match().group(1))).orElse(false);
    Optional<ReportReading.Sentence> takes = reading.sentence(TAKES, 3, "task and context line (takes:)");
    Optional<TaskRef> task = takes.flatMap(m -> TaskRef.parse(m.match().group(1)));
    Optional<ContextTuple> context = takes.map(m -> tuple(m.match(), m.line()));
    Optional<LockLine> lock = reading.require(LockLineReader.readLock(cursor, legacy), "lock line");
    Optional<Matcher> registered = cursor.seek(REGISTERED, 3);
    Optional<Mention> registeredState = registered.map(m -> new Mention(m.group(1), cursor.lineNumber()));
    Optional<StackTrace> oldTrace = registered.map(m -> TraceReader.readTrace(cursor)).filter(t -> !t.isEmpty());
    reading.require(oldTrace, "{OLD} state was registered at: trace");
    Optional<IrqEvents> irqEvents = reading.require(readIrqEvents(cursor), "irq event stamp block");
    Optional<Scenario> scenario = ScenarioReader.readScenario(cursor, 6);
    Optional<HeldLocks> held = reading.heldList(12, legacy);
    Optional<Backtrace> backtrace = reading.backtrace(4);
    return new InconsistentLockState(
        reading.extent(), oldBit, newBit, usageLine, task, context, lock, oldTrace, irqEvents, scenario, held, backtrace,
        registeredState);
  }

  static ContextTuple tuple(Matcher m, int line) {
    return new ContextTuple(
        Numbers.saturatedInt(m.group(2)),
        Numbers.saturatedInt(m.group(3)),
        Numbers.saturatedInt(m.group(4)),
        Numbers.saturatedInt(m.group(5)),
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
        events.add(new IrqEvent(softirqs, enabled, Numbers.saturatedLong(m.group(3)), site, cursor.lineNumber()));
      }
    }
    return Optional.of(new IrqEvents(Numbers.saturatedLong(stamp.get().group(1)), events, line));
  }
}
