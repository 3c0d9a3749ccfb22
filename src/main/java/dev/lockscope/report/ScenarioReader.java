package dev.lockscope.report;

import dev.lockscope.ingest.ConsoleLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the {@code Possible unsafe locking scenario} table (spec section 2.10). */
final class ScenarioReader {

  private static final Pattern SCENARIO_HEADER =
      Pattern.compile("^Possible (?:interrupt )?unsafe locking scenario:?$");
  static final Pattern SCENARIO_STEP =
      Pattern.compile("^(lock|rlock|sync)\\((.+)\\);$|^(<Interrupt>|local_irq_disable\\(\\);)$");
  static final Pattern DEADLOCK = Pattern.compile("^\\*\\*\\* DEADLOCK \\*\\*\\*$");

  private ScenarioReader() {}

  /** Reads a scenario table if its header is at most {@code window} lines ahead. */
  static Optional<Scenario> readScenario(LineCursor cursor, int window) {
    if (cursor.seek(SCENARIO_HEADER, window).isEmpty()) {
      return Optional.empty();
    }
    int line = cursor.lineNumber();
    int cpu1Column = -1;
    boolean layoutKept = true;
    int interruptIndent = -1;
    int interruptCpu = -1;
    List<ScenarioStep> steps = new ArrayList<>();
    while (!cursor.atEnd()) {
      ConsoleLine current = cursor.peek();
      String trimmed = current.text().trim();
      if (DEADLOCK.matcher(trimmed).matches()) {
        cursor.next();
        return Optional.of(new Scenario(steps, true, layoutKept, line));
      }
      if (HeldLocksReader.HELD_HEADER.matcher(trimmed).matches() || trimmed.equals("stack backtrace:")) {
        break;
      }
      cursor.next();
      if (trimmed.startsWith("CPU0")) {
        cpu1Column = current.text().indexOf("CPU1");
        layoutKept = current.text().startsWith(" ");
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
    return Optional.of(new Scenario(steps, false, layoutKept, line));
  }
}
