package dev.lockscope.verify;

import dev.lockscope.report.ClassBlock;
import dev.lockscope.report.Frame;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.UsageBit;
import dev.lockscope.report.UsageEncoding;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Every printing of one class shows the same usage string (spec section 2.3): lockdep prints them
 * all from the class's usage mask. The mask only ever grows, so a later printing that shows more
 * bits may be another CPU marking the class while the report prints (a warning), but an earlier
 * printing that shows a bit a later one lacks is impossible (a contradiction). One printed name is
 * one class since lockdep names a second class of a name {@code name#2}; before that (kernels of
 * the pre-2.6.30 usage encoding), and for a name whose class blocks show two keys, a difference is
 * only a warning or not compared.
 */
final class ClassUsageConsistencyCheck<E extends ReportEvidence> implements Check<E> {

  @Override
  public String id() {
    return "class-usage-consistent";
  }

  @Override
  public CheckResult check(E evidence) {
    PrintedLocks printed = PrintedLocks.of(evidence.report());
    Set<String> ambiguous = namesWithSeveralKeys(printed);
    Map<String, LockLine> earlier = new HashMap<>();
    CheckResult grown = null;
    int compared = 0;
    for (LockLine line : printed.lines()) {
      if (line.usage().isEmpty() || ambiguous.contains(line.name().toString())) {
        continue;
      }
      LockLine before = earlier.putIfAbsent(line.name().toString(), line);
      if (before == null || before.usage().get().raw().length() != line.usage().get().raw().length()) {
        continue;
      }
      compared++;
      Set<UsageBit> was = new HashSet<>(before.usage().get().setBits());
      Set<UsageBit> now = new HashSet<>(line.usage().get().setBits());
      String claim = "(" + line.name() + ") prints one usage string";
      String evidenceText = "line %d shows {%s}, line %d shows {%s}".formatted(
          before.inputLine(), before.usage().get().raw(), line.inputLine(), line.usage().get().raw());
      if (!now.containsAll(was)) {
        boolean unversionedNames = line.usage().get().encoding() == UsageEncoding.LEGACY;
        return new CheckResult(id(), unversionedNames ? Status.WARN : Status.FAIL, claim, evidenceText
            + (unversionedNames ? ": two classes of one name, which kernels of this era print alike, or a lost bit"
                : ": a usage bit was lost, and usage only grows"), line.inputLine());
      }
      if (!now.equals(was) && grown == null) {
        grown = new CheckResult(id(), Status.WARN, claim, evidenceText + ": another CPU may have marked the class meanwhile",
            line.inputLine());
      }
      earlier.put(line.name().toString(), line);
    }
    if (grown != null) {
      return grown;
    }
    return new CheckResult(id(), Status.PASS, "one usage string per class",
        compared == 0 ? "no class is printed twice with its usage"
            : compared == 1 ? "1 later printing agrees" : compared + " later printings agree", 0);
  }

  /** The names whose class blocks show different keys: two classes of one name. */
  private static Set<String> namesWithSeveralKeys(PrintedLocks printed) {
    Map<String, String> keys = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (ClassBlock block : printed.blocks()) {
      String name = block.lock().name().toString();
      block.key().map(Frame::toString).ifPresent(key -> {
        if (!keys.computeIfAbsent(name, n -> key).equals(key)) {
          ambiguous.add(name);
        }
      });
    }
    return ambiguous;
  }
}
