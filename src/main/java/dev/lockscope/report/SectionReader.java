package dev.lockscope.report;

import dev.lockscope.ingest.ConsoleLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Readers for the building blocks that many report kinds share (spec section 2): LOCK lines,
 * traces, held-lock lists, scenarios and the final stack backtrace.
 */
final class SectionReader {

  static final Pattern LOCK =
      Pattern.compile(
          "^(?:([0-9a-f]{8,16}) +)?\\((.+)\\)\\{([.+?\\-]{4}|[.+?\\-]{6})\\}"
              + "(?:-\\{(\\d{1,2}):(\\d{1,2})\\})?(?: ops: \\d+)?(?:, at: (.*))?$");
  static final Pattern HELD_HEADER =
      Pattern.compile("^(?:no locks held by (.+)\\.|(\\d{1,5}) locks? held by (.+):)$");
  private static final Pattern HELD_ENTRY = Pattern.compile("^#(\\d{1,5}):\\s*(.*)$");
  private static final Pattern SCENARIO_HEADER =
      Pattern.compile("^Possible (?:interrupt )?unsafe locking scenario:?$");
  private static final Pattern SCENARIO_STEP =
      Pattern.compile("^(lock|rlock|sync)\\((.+)\\);$|^(<Interrupt>|local_irq_disable\\(\\);)$");
  private static final Pattern DEADLOCK = Pattern.compile("^\\*\\*\\* DEADLOCK \\*\\*\\*$");
  private static final Pattern CPU_LINE =
      Pattern.compile(
          "^CPU: (\\d{1,5}) (?:UID: \\d+ )?PID: (\\d{1,9}) Comm: (.*?) "
              + "(?:Not tainted|Tainted: [A-Z ]*?)\\s*(\\S+) #\\S+.*$");
  private static final Pattern OLD_PID_LINE =
      Pattern.compile(
          "^Pid: (\\d{1,9}), comm: (.*?) (?:(?:Not tainted|Tainted: [A-Z ]*?)\\s*)?(\\S+) #\\S+.*$");
  private static final Pattern BACKTRACE_PREAMBLE =
      Pattern.compile(
          "^(?:Hardware name: .*|Workqueue: .*|Call Trace:|Call trace:|Backtrace:|Stack:.*"
              + "|Exception stack.*|Leftover inexact backtrace:|Process .*|"
              + "Sched_ext: .*|Code: .*|---\\[ end trace.*|\\[ end trace.*|Comm: .*|task: .*"
              + "|Tainted: \\[.*|Stopper: .*)$");
  private static final Pattern STACK_BACKTRACE = Pattern.compile("^stack backtrace:$");
  private static final Pattern CALL_TRACE = Pattern.compile("^(?:Call Trace|Call trace|Backtrace):\\s*$");
  private static final Pattern ELISION = Pattern.compile("^(?:\\[ ?\\.\\.\\. ?\\]|\\.\\.\\.|\\[ ?snip ?\\]|<snip>)$");
  private static final Pattern PANIC_NOTICE = Pattern.compile("^Kernel panic - not syncing: .*$");
  private static final Pattern IRQ_STACK_END = Pattern.compile("^={8,}$");
  private static final Pattern REGISTER_DUMP =
      Pattern.compile(
          "^(?:[A-Z][A-Z0-9_]{1,7}: ?[0-9a-fx].*|(?:pc|lr|sp|fp|ip|x\\d{1,2}|r\\d{1,2}|psr|pstate)"
              + " ?: .*|[0-9a-f]{8,16}(?: [0-9a-f<>]{8,18})+|Code: .*"
              + "|(?:[a-z]{1,3}\\d{0,2}:[0-9a-f]{8,16}\\s*)+|[0-9a-f]{4}:(?: +[0-9a-f]{8})+)$");

  private static final Pattern CHAIN_EXISTS = Pattern.compile("^Chain exists of:$");
  private static final Pattern BLOCK_HEADER = Pattern.compile("^->\\s*(\\(.*)\\s\\{$");
  private static final Pattern USAGE_AT = Pattern.compile("^([A-Za-z_][A-Za-z_ \\-]*?) at:$");
  private static final Pattern KEY_AT = Pattern.compile("^\\.\\.\\. key\\s+at: (.*)$");
  private static final Pattern ACQUIRED_AT = Pattern.compile("^\\.\\.\\. acquired at:$");

  private static final int MAX_FOREIGN_RUN = 8;
  /** Lines that belong to a lockdep report's own grammar, so never foreign. */
  private static final Pattern REPORT_GRAMMAR =
      Pattern.compile("^(?:.*:|\\.\\.\\..*|->.*|\\}|#\\d+:.*|\\*\\*\\* DEADLOCK \\*\\*\\*|.*\\)\\{[.+?\\-]{4,6}\\}.*)$");

  private SectionReader() {}

  /** Reads a {@code Chain exists of:} line pair if it is at most {@code window} lines ahead. */
  static Optional<List<LockClassName>> readChainExistsOf(LineCursor cursor, int window) {
    if (cursor.seek(CHAIN_EXISTS, window).isEmpty() || cursor.atEnd()) {
      return Optional.empty();
    }
    String names = cursor.next().text().trim();
    return Optional.of(
        java.util.Arrays.stream(names.split(" --> ")).map(String::trim).filter(n -> !n.isEmpty())
            .map(LockClassName::new).toList());
  }

  /**
   * Reads consecutive class blocks (spec section 2.11) at the cursor, skipping blank lines between
   * them; stops at the first line that starts no block.
   */
  static List<ClassBlock> readClassBlocks(LineCursor cursor, boolean legacyEra) {
    List<ClassBlock> blocks = new ArrayList<>();
    while (!cursor.atEnd()) {
      if (cursor.peek().isBlank()) {
        cursor.skip();
        continue;
      }
      Matcher header = BLOCK_HEADER.matcher(cursor.peek().text().trim());
      if (!header.matches()) {
        break;
      }
      Optional<LockLine> lock = parseLockText(header.group(1).trim(), cursor.peek().number(), legacyEra);
      if (lock.isEmpty()) {
        break;
      }
      cursor.next();
      blocks.add(readClassBlockBody(cursor, lock.get()));
    }
    return blocks;
  }

  private static ClassBlock readClassBlockBody(LineCursor cursor, LockLine lock) {
    List<UsageTrace> usages = new ArrayList<>();
    while (!cursor.atEnd()) {
      skipForeignLines(cursor);
      String text = cursor.peek().text().trim();
      Matcher usage = USAGE_AT.matcher(text);
      if (!usage.matches()) {
        break;
      }
      int line = cursor.next().number();
      usages.add(new UsageTrace(usage.group(1).trim(), readTrace(cursor), line));
    }
    skipForeignLines(cursor);
    if (!cursor.atEnd() && cursor.peek().text().trim().equals("}")) {
      cursor.next();
    }
    Optional<Frame> key = Optional.empty();
    if (!cursor.atEnd()) {
      Matcher keyAt = KEY_AT.matcher(cursor.peek().text().trim());
      if (keyAt.matches()) {
        key = FrameParser.parseSite(keyAt.group(1), cursor.next().number());
      }
    }
    Optional<StackTrace> acquired = Optional.empty();
    if (!cursor.atEnd() && ACQUIRED_AT.matcher(cursor.peek().text().trim()).matches()) {
      cursor.next();
      acquired = Optional.of(readTrace(cursor));
    }
    return new ClassBlock(lock, usages, key, acquired);
  }

  /** Reads one LOCK line at the cursor plus the continuation lines of the same lock. */
  static Optional<LockLine> readLock(LineCursor cursor, boolean legacyEra) {
    if (cursor.atEnd()) {
      return Optional.empty();
    }
    Optional<LockLine> first = parseLock(cursor.peek(), legacyEra);
    Optional<LockLine> wrapped = withoutSite(first) ? joinWrapped(cursor, cursor.peek().text(), legacyEra) : Optional.empty();
    if (wrapped.isPresent()) {
      cursor.next();
      first = wrapped;
    }
    if (first.isEmpty()) {
      return Optional.empty();
    }
    cursor.next();
    LockLine lock = first.get();
    while (!cursor.atEnd()) {
      Optional<LockLine> more = parseLock(cursor.peek(), legacyEra);
      if (more.isEmpty() || !sameLock(lock, more.get()) || more.get().sites().isEmpty()) {
        break;
      }
      cursor.next();
      lock = lock.withSite(more.get().sites().get(0));
    }
    return Optional.of(lock);
  }

  private static boolean withoutSite(Optional<LockLine> lock) {
    return lock.map(l -> l.sites().isEmpty()).orElse(true);
  }

  /**
   * A LOCK line that a mail client wrapped ({@code ..., at:} / {@code sym+0x0/0x10}): the text at
   * the cursor joined with the next line, when only the two together make a LOCK line with a site.
   */
  private static Optional<LockLine> joinWrapped(LineCursor cursor, String text, boolean legacyEra) {
    Optional<ConsoleLine> next = cursor.peekAhead(1);
    if (next.isEmpty() || next.get().isBlank() || HELD_ENTRY.matcher(next.get().text().trim()).matches()) {
      return Optional.empty();
    }
    String joined = text.trim() + " " + next.get().text().trim();
    return parseLockText(joined, cursor.peek().number(), legacyEra).filter(l -> !l.sites().isEmpty());
  }

  private static boolean sameLock(LockLine a, LockLine b) {
    return a.name().equals(b.name()) && a.address().equals(b.address());
  }

  static Optional<LockLine> parseLock(ConsoleLine line, boolean legacyEra) {
    return parseLockText(line.text().trim(), line.number(), legacyEra);
  }

  static Optional<LockLine> parseLockText(String text, int number, boolean legacyEra) {
    Matcher m = LOCK.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    Optional<WaitTypes> wait =
        m.group(4) == null
            ? Optional.empty()
            : Optional.of(new WaitTypes(Numbers.saturatedInt(m.group(4)), Numbers.saturatedInt(m.group(5))));
    List<Frame> sites = new ArrayList<>();
    if (m.group(6) != null) {
      FrameParser.parseSite(m.group(6).trim(), number).ifPresent(sites::add);
    }
    return Optional.of(
        new LockLine(
            Optional.ofNullable(m.group(1)),
            new LockClassName(m.group(2)),
            Optional.of(UsageString.of(m.group(3), legacyEra)),
            wait,
            sites,
            number));
  }

  /**
   * Reads trace lines at the cursor. One foreign line between two trace lines is skipped; the
   * trace is marked truncated when the report's lines end inside it.
   */
  static StackTrace readTrace(LineCursor cursor) {
    List<TraceEntry> entries = new ArrayList<>();
    while (!cursor.atEnd()) {
      Optional<TraceEntry> entry = FrameParser.parse(cursor.peek().text(), cursor.peek().number());
      int foreign;
      if (entry.isPresent()) {
        entries.add(entry.get());
        cursor.next();
      } else if ((foreign = foreignRunBeforeFrame(cursor)) > 0) {
        for (int i = 0; i < foreign; i++) {
          cursor.skip();
        }
      } else {
        return new StackTrace(entries, false);
      }
    }
    return new StackTrace(entries, true);
  }

  /** Skips lines printed by others into a report, when lockdep's grammar resumes after them. */
  static void skipForeignLines(LineCursor cursor) {
    int run = foreignRun(cursor);
    for (int i = 0; i < run; i++) {
      cursor.skip();
    }
  }

  /** Foreign lines at the cursor followed by a grammar line or a frame; 0 when none. */
  private static int foreignRun(LineCursor cursor) {
    for (int k = 0; k < MAX_FOREIGN_RUN; k++) {
      Optional<ConsoleLine> line = cursor.peekAhead(k);
      if (line.isEmpty() || line.get().isBlank()) {
        return 0;
      }
      if (REPORT_GRAMMAR.matcher(line.get().text().trim()).matches()
          || FrameParser.parse(line.get().text(), line.get().number()).isPresent()) {
        return k;
      }
    }
    return 0;
  }

  /**
   * How many lines at the cursor are output of other CPUs or subsystems printed into the middle of
   * a trace: lines outside lockdep's grammar directly followed by a frame. Zero when the trace
   * really ends here (spec section 1, interleaving without caller ids).
   */
  private static int foreignRunBeforeFrame(LineCursor cursor) {
    for (int k = 0; k < MAX_FOREIGN_RUN; k++) {
      Optional<ConsoleLine> line = cursor.peekAhead(k);
      if (line.isEmpty()) {
        return 0;
      }
      if (FrameParser.parse(line.get().text(), line.get().number()).isPresent()) {
        return k;
      }
      if (line.get().isBlank() || REPORT_GRAMMAR.matcher(line.get().text().trim()).matches()) {
        return 0;
      }
    }
    return 0;
  }

  /** Reads a held-locks list if its header is at most {@code window} lines ahead. */
  static Optional<HeldLocks> readHeldLocks(LineCursor cursor, int window, boolean legacyEra) {
    Optional<Matcher> header = cursor.seek(HELD_HEADER, window);
    if (header.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = header.get();
    int line = cursor.lineNumber();
    if (m.group(1) != null) {
      return Optional.of(new HeldLocks(TaskRef.parse(m.group(1)), 0, List.of(), true, line));
    }
    int count = Numbers.saturatedInt(m.group(2));
    List<HeldLock> locks = new ArrayList<>();
    while (!cursor.atEnd()) {
      Matcher entry = HELD_ENTRY.matcher(cursor.peek().text().trim());
      if (!entry.matches()) {
        break;
      }
      int index = Numbers.saturatedInt(entry.group(1));
      Optional<LockLine> lock = parseLockText(entry.group(2).trim(), cursor.peek().number(), legacyEra);
      Optional<LockLine> wrapped =
          withoutSite(lock) ? joinWrapped(cursor, entry.group(2), legacyEra) : Optional.empty();
      if (wrapped.isPresent()) {
        cursor.next();
        lock = wrapped;
      }
      if (lock.isEmpty()) {
        break;
      }
      cursor.next();
      HeldLock previous = locks.isEmpty() ? null : locks.get(locks.size() - 1);
      if (previous != null && previous.index() == index && sameLock(previous.lock(), lock.get())) {
        locks.set(locks.size() - 1, new HeldLock(index, mergeSites(previous.lock(), lock.get())));
      } else {
        locks.add(new HeldLock(index, lock.get()));
      }
    }
    boolean complete = locks.size() >= count || !cursor.atEnd();
    return Optional.of(
        new HeldLocks(TaskRef.parse(m.group(3)), count, locks, complete, line));
  }

  private static LockLine mergeSites(LockLine lock, LockLine continuation) {
    return continuation.sites().isEmpty() ? lock : lock.withSite(continuation.sites().get(0));
  }

  /** Reads a scenario table if its header is at most {@code window} lines ahead. */
  static Optional<Scenario> readScenario(LineCursor cursor, int window) {
    if (cursor.seek(SCENARIO_HEADER, window).isEmpty()) {
      return Optional.empty();
    }
    int line = cursor.lineNumber();
    int cpu1Column = -1;
    int interruptIndent = -1;
    int interruptCpu = -1;
    List<ScenarioStep> steps = new ArrayList<>();
    while (!cursor.atEnd()) {
      ConsoleLine current = cursor.peek();
      String trimmed = current.text().trim();
      if (DEADLOCK.matcher(trimmed).matches()) {
        cursor.next();
        return Optional.of(new Scenario(steps, true, line));
      }
      if (HELD_HEADER.matcher(trimmed).matches() || trimmed.equals("stack backtrace:")) {
        break;
      }
      cursor.next();
      if (trimmed.startsWith("CPU0")) {
        cpu1Column = current.text().indexOf("CPU1");
        continue;
      }
      Matcher step = SCENARIO_STEP.matcher(trimmed);
      if (!step.matches()) {
        continue;
      }
      int indent = current.text().indexOf(trimmed.charAt(0));
      int cpu = cpu1Column > 0 && indent >= cpu1Column - 4 ? 1 : 0;
      boolean interrupted = interruptCpu == cpu && indent > interruptIndent;
      String action = step.group(1) != null ? step.group(1) : step.group(3).replace("();", "");
      Optional<LockClassName> lock =
          step.group(2) == null ? Optional.empty() : Optional.of(new LockClassName(step.group(2)));
      steps.add(new ScenarioStep(cpu, action, lock, interrupted, current.number()));
      if (action.equals("<Interrupt>")) {
        interruptIndent = indent;
        interruptCpu = cpu;
      }
    }
    return Optional.of(new Scenario(steps, false, line));
  }

  /** Reads the {@code stack backtrace:} section if its first line is within the window. */
  static Optional<Backtrace> readBacktrace(LineCursor cursor, int window) {
    if (cursor.seek(STACK_BACKTRACE, window).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(readDump(cursor, cursor.lineNumber()));
  }

  /**
   * Reads a {@code dump_stack()} printed without a {@code stack backtrace:} line before it (after a
   * WARN or a validator message) if its {@code CPU:} line, its {@code Call Trace:} line or its
   * first frame is at most {@code window} lines ahead.
   */
  static Optional<Backtrace> readBareDump(LineCursor cursor, int window) {
    for (int offset = 0; offset <= window; offset++) {
      Optional<ConsoleLine> line = cursor.peekAhead(offset);
      if (line.isEmpty()) {
        return Optional.empty();
      }
      if (startsDump(line.get())) {
        for (int i = 0; i < offset; i++) {
          cursor.skip();
        }
        return Optional.of(readDump(cursor, line.get().number()));
      }
    }
    return Optional.empty();
  }

  private static boolean startsDump(ConsoleLine line) {
    String trimmed = line.text().trim();
    return CPU_LINE.matcher(trimmed).matches()
        || OLD_PID_LINE.matcher(trimmed).matches()
        || CALL_TRACE.matcher(trimmed).matches()
        || FrameParser.parse(line.text(), line.number()).filter(Frame.class::isInstance).isPresent();
  }

  /**
   * Reads a dump from the cursor: the {@code CPU:}/{@code Pid:} line, preamble, frames and
   * register dumps. A panic notice before the first frame is interleaved output and skipped; an
   * old x86 {@code ====} line between the irq stack and the task stack is skipped; an elision
   * marker ({@code [snip]}, {@code ...}) ends the dump as truncated.
   */
  static Backtrace readDump(LineCursor cursor, int line) {
    Optional<Integer> cpu = Optional.empty();
    Optional<TaskRef> task = Optional.empty();
    Optional<String> release = Optional.empty();
    List<TraceEntry> entries = new ArrayList<>();
    boolean truncated = true;
    while (!cursor.atEnd()) {
      ConsoleLine current = cursor.peek();
      String trimmed = current.text().trim();
      Matcher cpuLine = CPU_LINE.matcher(trimmed);
      Matcher pidLine = OLD_PID_LINE.matcher(trimmed);
      Optional<TraceEntry> entry = FrameParser.parse(current.text(), current.number());
      if (entries.isEmpty() && cpuLine.matches()) {
        cpu = Optional.of(Numbers.saturatedInt(cpuLine.group(1)));
        task = Optional.of(new TaskRef(cpuLine.group(3), Numbers.saturatedInt(cpuLine.group(2))));
        release = Optional.of(cpuLine.group(4));
      } else if (entries.isEmpty() && pidLine.matches()) {
        task = Optional.of(new TaskRef(pidLine.group(2), Numbers.saturatedInt(pidLine.group(1))));
        release = Optional.of(pidLine.group(3));
      } else if (entry.isPresent()) {
        entries.add(entry.get());
      } else if (ELISION.matcher(trimmed).matches()) {
        cursor.next();
        break;
      } else if (!skippedInsideDump(cursor, trimmed, entries.isEmpty())
          && (trimmed.isEmpty() ? !entries.isEmpty() : !continuesBacktrace(trimmed))) {
        truncated = false;
        break;
      }
      cursor.next();
    }
    return new Backtrace(cpu, task, release, new StackTrace(entries, truncated), line);
  }

  private static boolean skippedInsideDump(LineCursor cursor, String trimmed, boolean beforeFrames) {
    if (beforeFrames) {
      return PANIC_NOTICE.matcher(trimmed).matches();
    }
    return IRQ_STACK_END.matcher(trimmed).matches()
        && cursor.peekAhead(1).flatMap(next -> FrameParser.parse(next.text(), next.number())).isPresent();
  }

  private static boolean continuesBacktrace(String trimmed) {
    return BACKTRACE_PREAMBLE.matcher(trimmed).matches()
        || REGISTER_DUMP.matcher(trimmed).matches();
  }
}
