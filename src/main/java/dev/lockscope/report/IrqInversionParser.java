package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a {@code possible irq lock inversion dependency} report (spec section 4.4). */
final class IrqInversionParser {

  private static final Pattern CHANGED = Pattern.compile("^(.+) just changed the state of lock:$");
  private static final Pattern OTHER =
      Pattern.compile(
          "^but this lock (took another, (\\S+?)-(?:irq-)?unsafe|was taken by another, (\\S+?)-(?:irq-)?safe) lock in the past:$");
  private static final Pattern PATH =
      Pattern.compile("^the shortest dependencies between 2nd lock and 1st lock:$");
  private static final Pattern SECOND_DUMPS = Pattern.compile("^the second lock's dependencies:$");
  private static final Pattern OLD_DUMPS = Pattern.compile("^the first lock's dependencies:$");

  private IrqInversionParser() {}

  static IrqInversion parse(LocatedReport located) {
    ReportReading reading = ReportReading.framed(located);
    LineCursor cursor = reading.cursor();
    boolean legacy = ReportParser.legacyUsage(located);
    Optional<ReportReading.Sentence> changedLine = reading.optionalSentence(CHANGED, 4);
    Optional<TaskRef> task = changedLine.flatMap(m -> TaskRef.parse(m.match().group(1)));
    Optional<LockLine> changed = changedLine.flatMap(m -> LockLineReader.readLock(cursor, legacy));
    Optional<Matcher> otherLine = cursor.seek(OTHER, 3);
    boolean forward = otherLine.map(m -> m.group(2) != null).orElse(true);
    Optional<IrqClass> irqClass = otherLine.flatMap(m -> IrqClass.parse(m.group(2) != null ? m.group(2) : m.group(3)));
    Optional<LockLine> other = otherLine.flatMap(m -> LockLineReader.readLock(cursor, legacy));
    reading.require(changed.isPresent() && other.isPresent(), "the two locks (just changed the state of lock / in the past)");
    Optional<List<LockClassName>> chainExistsOf = ChainExistsOfReader.readChainExistsOf(cursor, 8);
    Optional<Scenario> scenario = ScenarioReader.readScenario(cursor, 8);
    Optional<HeldLocks> held = reading.heldList(8, legacy);
    List<ClassBlock> path = List.of();
    List<ClassBlock> dumps = List.of();
    if (cursor.seek(PATH, 4).isPresent()) {
      path = ClassBlockReader.readClassBlocks(cursor, legacy);
    } else if (cursor.seek(OLD_DUMPS, 4).isPresent()) {
      dumps = oldDependencyDumps(cursor, legacy);
    }
    reading.require(!path.isEmpty() || legacy, "dependency path between the two locks");
    Optional<Backtrace> backtrace = reading.backtrace(40);
    return new IrqInversion(
        reading.extent(), task, changed, forward, irqClass, other, chainExistsOf, scenario, held, path, backtrace, dumps);
  }


  /**
   * Kernels before 2.6.31 print both locks' full dependency trees instead of one path; they name no
   * path, but their blocks print usage strings and traces like any other.
   */
  private static List<ClassBlock> oldDependencyDumps(LineCursor cursor, boolean legacy) {
    List<ClassBlock> blocks = new java.util.ArrayList<>(ClassBlockReader.readClassBlocks(cursor, legacy));
    if (cursor.seek(SECOND_DUMPS, 2).isPresent()) {
      blocks.addAll(ClassBlockReader.readClassBlocks(cursor, legacy));
    }
    return blocks;
  }
}
