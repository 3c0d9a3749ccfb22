package dev.lockscope.verify;

import dev.lockscope.report.ClassBlock;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.LockdepReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every lock line and every class block a parsed report holds, wherever its kind keeps them (lock
 * lines, chain entries, held locks, dependency paths), in input order: what the checks on facts
 * printed in several places compare. The report model is a tree of records, walked generically so
 * that a section a kind adds later is compared too; {@link LockHolders} says, once per record
 * type, which of its components can lead to a lock line.
 */
final class PrintedLocks {

  private final List<LockLine> lines = new ArrayList<>();
  private final List<ClassBlock> blocks = new ArrayList<>();

  private PrintedLocks() {}

  static PrintedLocks of(LockdepReport report) {
    PrintedLocks found = new PrintedLocks();
    found.walk(report);
    found.lines.sort(Comparator.comparingInt(LockLine::inputLine));
    return found;
  }

  /** The lock lines, in input order (a line printing two locks gives both). */
  List<LockLine> lines() {
    return lines;
  }

  /** The class blocks ({@code -> (name){usage} { ... }}), in report order. */
  List<ClassBlock> blocks() {
    return blocks;
  }

  private void walk(Object value) {
    if (value instanceof LockLine line) {
      lines.add(line);
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(this::walk);
    } else if (value instanceof List<?> list) {
      list.forEach(this::walk);
    } else if (value instanceof Record record) {
      if (record instanceof ClassBlock block) {
        blocks.add(block);
      }
      LockHolders.componentsOf(record).forEach(this::walk);
    }
  }
}
