package dev.lockscope.report;

import dev.lockscope.ingest.ConsoleLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code dump_stack()}: the {@code CPU:} or old {@code Pid:} line, the preamble
 * ({@code Hardware name:}, {@code Call Trace:}, ...), frames, stack markers and register dumps.
 */
final class DumpReader {

  static final Pattern CPU_LINE =
      Pattern.compile(
          "^CPU: (\\d{1,5}) (?:UID: \\d+ )?(?:PID: (\\d{1,9}) Comm: (.*?) )?"
              + "(?:Not tainted|Tainted: [A-Z ]*?)\\s*(\\S+) #\\S+.*$");
  static final Pattern OLD_PID_LINE =
      Pattern.compile(
          "^Pid: (\\d{1,9}), comm: (.*?) (?:(?:Not tainted|Tainted: [A-Z ]*?)\\s*)?(\\S+) #\\S+.*$");
  /** The task line of an old s390 dump, after a {@code CPU:} line that names none. */
  private static final Pattern S390_PROCESS_LINE =
      Pattern.compile("^Process (.*?) \\(pid: (\\d{1,9}), task: [0-9a-f]+, ksp: [0-9a-f]+\\)$");
  static final Pattern BACKTRACE_PREAMBLE =
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
  static final Pattern REGISTER_DUMP =
      Pattern.compile(
          "^(?:[A-Z][A-Z0-9_]{1,7}: ?[0-9a-fx].*|(?:pc|lr|sp|fp|ip|x\\d{1,2}|r\\d{1,2}|psr|pstate)"
              + " ?: .*|[0-9a-f]{8,16}(?: [0-9a-f<>]{8,18})+\\.?|Code: .*"
              + "|(?:[a-z]{1,3}\\d{0,2}:[0-9a-f]{8,16}\\s*)+|[0-9a-f]{4}:(?: +[0-9a-f]{8})+)$");

  private DumpReader() {}

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
      Matcher processLine = S390_PROCESS_LINE.matcher(trimmed);
      if (entries.isEmpty() && cpuLine.matches()) {
        cpu = Optional.of(Numbers.saturatedInt(cpuLine.group(1)));
        task = cpuLine.group(2) == null ? task
            : Optional.of(new TaskRef(cpuLine.group(3), Numbers.saturatedInt(cpuLine.group(2))));
        release = Optional.of(cpuLine.group(4));
      } else if (entries.isEmpty() && processLine.matches()) {
        task = Optional.of(new TaskRef(processLine.group(1), Numbers.saturatedInt(processLine.group(2))));
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
