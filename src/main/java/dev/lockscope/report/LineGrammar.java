package dev.lockscope.report;

import dev.lockscope.ingest.ReportKind;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text is a whole line of what lockdep and {@code dump_stack()} print: a header, a
 * sentence, a LOCK line with its site, a frame, a scenario line, a dump line. A line that a mail
 * client or a logger broke in two is, in its parts, not whole; joined again, it is.
 */
final class LineGrammar {

  private static final Pattern LOCK_SHAPE = Pattern.compile(".*\\)\\{[.+?\\-]{4,6}\\}.*");
  private static final Pattern LOCK_ENDING = Pattern.compile(".*\\(.*\\)\\{[.+?\\-]{4,6}\\}(?:-\\{\\d{1,2}:\\d{1,2}\\})?$");
  private static final Pattern CHAIN_ENTRY = Pattern.compile("^-> ?#?\\d*\\s*\\(.*(?::|\\{)$");
  private static final Pattern IRQ_EVENT = Pattern.compile("^(?:hard|soft)irqs last\\s+(?:en|dis)abled at \\(\\d+\\):(?: (.*))?$");
  private static final Pattern SITE_LINE = Pattern.compile("^\\.\\.\\. key\\s+at:(?: (.*))?$");
  private static final Pattern DIVIDER = Pattern.compile("^-+(?:\\s+-+)*$|^[=\\-]{4,}$");
  private static final Pattern WHOLE_WITHOUT_STOP =
      Pattern.compile(
          "^(?:CPU0(?:\\s+CPU1)?|irq event stamp: \\d+|context-\\{\\d{1,2}:\\d{1,2}\\}"
              + "|rcu_scheduler_active = \\d+, debug_locks = \\d+|May be due to missing lock nesting notation"
              + "|[Tt]he code is fine but needs lockdep annotation, or maybe"
              + "|Please attach the output of /proc/lock_stat to the bug report|Modules linked in:.*"
              + "|DEBUG_LOCKS_WARN_ON\\(.*\\)|-+\\[ cut here \\]-+)$");
  /** The WARN() line before a lockdep-internal dump: its function follows the source line. */
  private static final Pattern WARNING_LINE =
      Pattern.compile("^WARNING: (?:CPU: \\d+ PID: \\d+ )?at \\S+:\\d+( \\S.*)?$");
  /** A frame's address, and no frame after it. */
  private static final Pattern ADDRESS_START = Pattern.compile("^\\[<?[0-9a-f]{8,16}>?\\](?: \\[<?[0-9a-f]{8,16}>?\\])?(?: \\?)?$");
  private static final String CHAIN_ARROW = " --> ";
  /** The end of a line of stack words as old s390 dumps print them, with its stop: not a sentence. */
  private static final Pattern STACK_WORDS_END = Pattern.compile("^(?:[0-9a-f]{8,16} )*[0-9a-f]{8,16}\\.$");
  private static final Pattern ELEMENT_START = Pattern.compile("^(?:#\\d+:|\\d+ locks? held by |no locks held by |-> )");
  /** The mark of an unreliable x86 frame, before the frame. */
  private static final String UNRELIABLE = "?";
  /** A 32-bit ARM frame names its caller after this word. */
  private static final String ARM_CALLER = " from";

  private LineGrammar() {}

  /** How whole a line is. */
  enum Shape {
    /** A whole line of the grammar. */
    WHOLE,
    /** Certainly the first part of a broken line: lockdep never prints it alone. */
    CUT,
    /** Not a line of the grammar, maybe a part of one, maybe another's output. */
    OTHER
  }

  /** Whether {@code text} is a whole line of lockdep's or a stack dump's grammar. */
  static boolean whole(String text) {
    return shape(text) == Shape.WHOLE;
  }

  /** Whether {@code text} is a line of the grammar, the first part of a broken one, or neither. */
  static Shape shape(String text) {
    String t = text.trim();
    if (t.isEmpty()) {
      return Shape.OTHER;
    }
    if (ReportKind.ofLine(t).isPresent() || FrameParser.parse(text, 0).isPresent()) {
      return Shape.WHOLE;
    }
    if (t.startsWith("->")) {
      return cutUnlessWhole(CHAIN_ENTRY.matcher(t).matches());
    }
    Matcher held = HeldLocksReader.HELD_ENTRY.matcher(t);
    boolean heldEntry = t.startsWith("#") && held.matches();
    String lock = heldEntry ? held.group(2).trim() : t;
    if (heldEntry && lock.isEmpty()) {
      return Shape.CUT;
    }
    if (lock.contains("){") && LOCK_SHAPE.matcher(lock).matches()) {
      return cutUnlessWhole(wholeLock(lock));
    }
    if (t.startsWith("CPU: ")) {
      return cutUnlessWhole(DumpReader.CPU_LINE.matcher(t).matches());
    }
    if (t.startsWith("Pid: ")) {
      return cutUnlessWhole(DumpReader.OLD_PID_LINE.matcher(t).matches());
    }
    if (t.startsWith("WARNING: ")) {
      Matcher warning = WARNING_LINE.matcher(t);
      if (warning.matches()) {
        return cutUnlessWhole(warning.group(1) != null);
      }
    }
    if (t.endsWith(CHAIN_ARROW.trim()) || t.endsWith(ARM_CALLER) || t.equals(UNRELIABLE)
        || (t.startsWith("[") && ADDRESS_START.matcher(t).matches())) {
      return Shape.CUT;
    }
    return withSite(IRQ_EVENT, "irqs last", t).or(() -> withSite(SITE_LINE, "... key", t)).map(LineGrammar::cutUnlessWhole)
        .orElseGet(() -> sentence(t) ? Shape.WHOLE : Shape.OTHER);
  }

  /**
   * Whether {@code text} begins an element of the grammar of its own (a held-lock entry, a count
   * of held locks, a chain entry, a header), so that it never continues the line before it.
   */
  static boolean beginsElement(String text) {
    String t = text.trim();
    return ELEMENT_START.matcher(t).lookingAt() || ReportKind.ofLine(t).isPresent();
  }

  private static Shape cutUnlessWhole(boolean whole) {
    return whole ? Shape.WHOLE : Shape.CUT;
  }

  private static boolean wholeLock(String lock) {
    if (lock.startsWith("->")) {
      return CHAIN_ENTRY.matcher(lock).matches();
    }
    Matcher m = LockLineReader.LOCK.matcher(lock);
    if (m.matches()) {
      return m.group(6) == null || FrameParser.parseSite(m.group(6).trim(), 0).isPresent();
    }
    return CHAIN_ENTRY.matcher(lock).matches() || LOCK_ENDING.matcher(lock).matches() || lock.endsWith("{");
  }

  /**
   * Whether a line that ends in a code site has it whole; empty when it is not such a line, which
   * it cannot be without {@code literal}, a piece of {@code pattern}.
   */
  private static Optional<Boolean> withSite(Pattern pattern, String literal, String t) {
    if (!t.contains(literal)) {
      return Optional.empty();
    }
    Matcher m = pattern.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    String site = m.group(1) == null ? "" : m.group(1).trim();
    return Optional.of(!site.isEmpty() && (site.startsWith("0x") || FrameParser.parse(site, 0).isPresent()));
  }

  private static boolean sentence(String t) {
    char last = t.charAt(t.length() - 1);
    if (t.length() > 1 && (last == ':' || last == '.' || last == '!' || last == '?') && !STACK_WORDS_END.matcher(t).matches()) {
      return true;
    }
    if (t.contains(CHAIN_ARROW.trim())) {
      return !t.endsWith(CHAIN_ARROW.trim()) && !t.startsWith(CHAIN_ARROW.trim());
    }
    return ReportParser.IDENT.matcher(t).matches()
        || DIVIDER.matcher(t).matches()
        || ScenarioReader.SCENARIO_STEP.matcher(t).matches()
        || ScenarioReader.DEADLOCK.matcher(t).matches()
        || DumpReader.BACKTRACE_PREAMBLE.matcher(t).matches()
        || DumpReader.REGISTER_DUMP.matcher(t).matches()
        || WHOLE_WITHOUT_STOP.matcher(t).matches();
  }
}
