package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.ArrayList;
import java.util.stream.Stream;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses an {@code X-safe -> X-unsafe lock order detected} report (spec section 4.5). */
final class IrqSafeUnsafeOrderParser {

  private static final Pattern HEADER_CLASS =
      Pattern.compile("(?:WARNING: |\\[ INFO: )(\\S+?)-safe -> (\\S+?)-unsafe lock order detected.*");
  private static final Pattern TRYING =
      Pattern.compile(
          "^(.+?) \\[HC(\\d{1,3})\\[(\\d{1,3})\\]:SC(\\d{1,3})\\[(\\d{1,3})\\]:HE([01]):SE([01])\\] is trying to acquire:$");
  private static final Pattern HOLDING = Pattern.compile("^and this task is already holding:$");
  private static final Pattern WOULD_CREATE = Pattern.compile("^which would create a new lock dependency:$");
  private static final Pattern DEPENDENCY =
      Pattern.compile("^(\\(.*?\\}(?:-\\{\\d{1,2}:\\d{1,2}\\})?) ?-> ?(\\(.*)$");
  private static final Pattern SAFE = Pattern.compile("^but this new dependency connects a (\\S+?)-irq-safe lock:$");
  private static final Pattern SAFE_AT = Pattern.compile("^\\.\\.\\. which became (\\S+?)-irq-safe at:$");
  private static final Pattern UNSAFE = Pattern.compile("^to a (\\S+?)-irq-unsafe lock:$");
  private static final Pattern UNSAFE_AT = Pattern.compile("^\\.\\.\\. which became (\\S+?)-irq-unsafe at:$");
  private static final Pattern ELLIPSIS = Pattern.compile("^\\.\\.\\.$");
  private static final Pattern BACKWARD =
      Pattern.compile("^the dependencies between (\\S+?)-irq-safe lock and the holding lock:$|^the (\\S+?)-irq-safe lock's dependencies:$");
  private static final Pattern FORWARD =
      Pattern.compile("^(?:and )?(\\S+?)-irq-unsafe lock:$|^the (\\S+?)-irq-unsafe lock's dependencies:$");

  private IrqSafeUnsafeOrderParser() {}

  static IrqSafeUnsafeOrder parse(LocatedReport located) {
    ReportReading reading = ReportReading.framed(located);
    LineCursor cursor = reading.cursor();
    Matcher headerClass = HEADER_CLASS.matcher(reading.header());
    Optional<IrqClass> irqClass = headerClass.matches() ? IrqClass.parse(headerClass.group(1)) : Optional.empty();
    boolean legacy = ReportParser.legacyUsage(located);
    Optional<ReportReading.Sentence> trying = reading.optionalSentence(TRYING, 4);
    Optional<TaskRef> task = trying.flatMap(m -> TaskRef.parse(m.match().group(1)));
    Optional<ContextTuple> context = trying.map(m -> InconsistentLockStateParser.tuple(m.match(), m.line()));
    Optional<LockLine> next = trying.flatMap(m -> LockLineReader.readLock(cursor, legacy));
    Optional<LockLine> prev = lockAfter(cursor, HOLDING, 3, legacy, new ArrayList<>());
    List<LockLine> dependency = readDependency(cursor, legacy);
    List<Mention> mentions = new ArrayList<>();
    if (headerClass.matches()) {
      mentions.add(new Mention(headerClass.group(2), located.lines().get(0).number()));
    }
    Optional<LockLine> safe = lockAfter(cursor, SAFE, 4, legacy, mentions);
    Optional<StackTrace> safeTrace = usageTrace(cursor, SAFE_AT, mentions);
    Optional<LockLine> unsafe = lockAfter(cursor, UNSAFE, 60, legacy, mentions);
    Optional<StackTrace> unsafeTrace = usageTrace(cursor, UNSAFE_AT, mentions);
    reading.require(Stream.of(next, prev, safe, unsafe).allMatch(Optional::isPresent),
        "the locks (trying to acquire, already holding, irq-safe, irq-unsafe)");
    reading.require(safeTrace.isPresent() && unsafeTrace.isPresent(), "the traces where the locks became irq-safe and irq-unsafe");
    Optional<List<LockClassName>> chainExistsOf = ChainExistsOfReader.readChainExistsOf(cursor, 8);
    Optional<Scenario> scenario = ScenarioReader.readScenario(cursor, 8);
    Optional<HeldLocks> held = reading.heldList(8, legacy);
    List<ClassBlock> backward = mentioned(cursor.seek(BACKWARD, 4), cursor, mentions).isPresent()
        ? ClassBlockReader.readClassBlocks(cursor, legacy) : List.of();
    List<ClassBlock> forward = mentioned(cursor.seek(FORWARD, 4), cursor, mentions).isPresent()
        ? ClassBlockReader.readClassBlocks(cursor, legacy) : List.of();
    Optional<Backtrace> backtrace = reading.backtrace(40);
    return new IrqSafeUnsafeOrder(
        reading.extent(), task, context, irqClass, next, prev, dependency, safe, safeTrace, unsafe, unsafeTrace,
        chainExistsOf, scenario, held, backward, forward, backtrace, mentions);
  }

  /**
   * The LOCK line right after a sentence at most {@code window} lines ahead; the irq class the
   * sentence names, if it names one, goes to {@code mentions}.
   */
  private static Optional<LockLine> lockAfter(LineCursor cursor, Pattern sentence, int window, boolean legacy, List<Mention> mentions) {
    return mentioned(cursor.seek(sentence, window), cursor, mentions).flatMap(m -> LockLineReader.readLock(cursor, legacy));
  }

  /** Adds the irq class a matched sentence names (its first group that matched) to {@code mentions}. */
  private static Optional<Matcher> mentioned(Optional<Matcher> sentence, LineCursor cursor, List<Mention> mentions) {
    sentence.ifPresent(m -> {
      for (int group = 1; group <= m.groupCount(); group++) {
        if (m.group(group) != null) {
          mentions.add(new Mention(m.group(group), cursor.lineNumber()));
          return;
        }
      }
    });
    return sentence;
  }


  private static List<LockLine> readDependency(LineCursor cursor, boolean legacy) {
    if (cursor.seek(WOULD_CREATE, 2).isEmpty() || cursor.atEnd()) {
      return List.of();
    }
    Matcher m = DEPENDENCY.matcher(cursor.peek().text().trim());
    if (!m.matches()) {
      return List.of();
    }
    int line = cursor.next().number();
    List<LockLine> locks = new ArrayList<>();
    LockLineReader.parseLockText(m.group(1).trim(), line, legacy).ifPresent(locks::add);
    LockLineReader.parseLockText(m.group(2).trim(), line, legacy).ifPresent(locks::add);
    return locks;
  }

  private static Optional<StackTrace> usageTrace(LineCursor cursor, Pattern sentence, List<Mention> mentions) {
    if (mentioned(cursor.seek(sentence, 3), cursor, mentions).isEmpty()) {
      return Optional.empty();
    }
    cursor.seek(ELLIPSIS, 1);
    StackTrace trace = TraceReader.readTrace(cursor);
    return trace.isEmpty() ? Optional.empty() : Optional.of(trace);
  }
}
