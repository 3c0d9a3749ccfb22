package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.SharedFiles;
import dev.lockscope.report.Frame;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.UsageBit;
import dev.lockscope.rules.FrameRole;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.rules.RulesLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One fact of a real report changed at a time must contradict it, naming the check that owns the
 * fact. Each mutation is applied to the seed and to at least three corpus reports.
 */
class MutationTest {

  private static final RuleSet RULES = RulesLoader.bundled();

  record Subject(String name, String text) {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A mutation: empty when it does not apply to a report. */
  interface Mutation extends Function<Subject, Optional<String>> {}

  static List<Subject> subjects() {
    List<Subject> subjects = new ArrayList<>();
    subjects.add(new Subject("seed", SharedFiles.read(SharedFiles.seed())));
    for (String name : List.of("665", "666", "667", "669", "679")) {
      Path path = SharedFiles.shared().resolve("corpus/syzkaller/syz-linux-report-" + name + ".txt");
      subjects.add(new Subject("syz-" + name, SharedFiles.corpus(path).body()));
    }
    for (String name : List.of("softirq_inconsistent", "hardirq_inconsistent")) {
      Path path = SharedFiles.shared().resolve("oracle/logs/" + name + ".log");
      subjects.add(new Subject("oracle-" + name, SharedFiles.read(path)));
    }
    return subjects;
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    Object[][] mutations = {
      {"usage character", "usage-string", (Mutation) MutationTest::clearNewBitInUsage},
      {"context tuple", "context-tuple", (Mutation) MutationTest::contradictTuple},
      {"OLD/NEW pair", "usage-pair", (Mutation) MutationTest::sameBitTwice},
      {"registering primitive", "registered-trace-primitive", (Mutation) MutationTest::irqSafePrimitive},
      {"context frames removed", "backtrace-context", (Mutation) MutationTest::removeContextFrames},
    };
    for (Object[] m : mutations) {
      int applied = 0;
      for (Subject s : subjects()) {
        Optional<String> mutated = ((Mutation) m[2]).apply(s);
        if (mutated.isPresent()) {
          applied++;
          cases.add(Arguments.of(m[0] + " of " + s.name(), m[1], mutated.get()));
        }
      }
      assertTrue(applied >= 4, m[0] + " applies to only " + applied + " reports");
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void contradictedByTheOwningCheck(String name, String check, String text) {
    Verification v = Verifications.of(text).get(0);
    assertEquals(Verdict.CONTRADICTED, v.verdict(), v.verdictReason());
    Set<String> failed =
        v.checks().stream().filter(c -> c.status() == Status.FAIL).map(CheckResult::id).collect(Collectors.toSet());
    assertTrue(failed.contains(check), "failed: " + failed);
  }

  private static InconsistentLockState parse(Subject s) {
    return (InconsistentLockState) Verifications.of(s.text()).get(0).evidence().report();
  }

  private static String[] lines(Subject s) {
    return s.text().split("\n", -1);
  }

  private static Optional<String> clearNewBitInUsage(Subject s) {
    InconsistentLockState r = parse(s);
    UsageBit newBit = r.newBit().orElseThrow();
    var usage = r.lock().orElseThrow().usage().orElseThrow();
    int position = usage.position(newBit);
    char shown = usage.raw().charAt(position);
    char without = newBit.usedIn() ? (shown == '?' ? '+' : '.') : (shown == '?' ? '-' : '.');
    String mutated = usage.raw().substring(0, position) + without + usage.raw().substring(position + 1);
    String[] lines = lines(s);
    int line = r.lock().get().inputLine() - 1;
    for (int i = line; i < lines.length && i <= line + r.lock().get().sites().size(); i++) {
      lines[i] = lines[i].replace("){" + usage.raw() + "}", "){" + mutated + "}");
    }
    return Optional.of(String.join("\n", lines));
  }

  private static Optional<String> contradictTuple(Subject s) {
    InconsistentLockState r = parse(s);
    UsageBit newBit = r.newBit().orElseThrow();
    var ctx = r.context().orElseThrow();
    String from;
    String to;
    if (newBit.usedIn()) {
      boolean soft = newBit.state().orElseThrow().name().equals("SOFTIRQ");
      from = soft ? "SC" + ctx.softirqContext() + "[" + ctx.softirqCount() + "]" : "HC" + ctx.hardirqContext() + "[" + ctx.hardirqCount() + "]";
      to = soft ? "SC0[0]" : "HC0[0]";
    } else if (ctx.hardirqsEnabled()) {
      from = ":HE1:";
      to = ":HE0:";
    } else {
      return Optional.empty();
    }
    String[] lines = lines(s);
    int line = ctx.inputLine() - 1;
    lines[line] = lines[line].replace(from, to);
    return Optional.of(String.join("\n", lines));
  }

  private static Optional<String> sameBitTwice(Subject s) {
    InconsistentLockState r = parse(s);
    String[] lines = lines(s);
    int line = r.usageLine() - 1;
    String old = "{" + r.oldBit().orElseThrow().printedName() + "} ->";
    lines[line] = lines[line].replace(old, "{" + r.newBit().orElseThrow().printedName() + "} ->");
    return Optional.of(String.join("\n", lines));
  }

  private static Optional<String> irqSafePrimitive(Subject s) {
    InconsistentLockState r = parse(s);
    UsageBit oldBit = r.oldBit().orElseThrow();
    if (oldBit.usedIn()) {
      return Optional.empty();
    }
    String safe = oldBit.state().orElseThrow().name().equals("SOFTIRQ") ? "_raw_spin_lock_bh+" : "_raw_spin_lock_irqsave+";
    String[] lines = lines(s);
    boolean changed = false;
    for (var entry : r.oldTrace().orElseThrow().entries()) {
      int i = entry.inputLine() - 1;
      if (lines[i].contains(" _raw_spin_lock+")) {
        lines[i] = lines[i].replace(" _raw_spin_lock+", " " + safe);
        changed = true;
      }
    }
    return changed ? Optional.of(String.join("\n", lines)) : Optional.empty();
  }

  /** Without the task's entry frame, a missing context frame is no evidence at all. */
  private static boolean reachesTaskEntry(InconsistentLockState r) {
    return r.backtrace().orElseThrow().trace().reliableFrames().stream()
        .anyMatch(f -> RULES.context(f.baseFunction()).map(c -> c.role() == FrameRole.PROCESS_ENTRY).orElse(false));
  }

  private static Optional<String> removeContextFrames(Subject s) {
    InconsistentLockState r = parse(s);
    UsageBit newBit = r.newBit().orElseThrow();
    if (!newBit.usedIn() || !reachesTaskEntry(r)) {
      return Optional.empty();
    }
    Set<FrameRole> roles =
        newBit.state().orElseThrow().name().equals("SOFTIRQ")
            ? Set.of(FrameRole.SOFTIRQ_ENTRY, FrameRole.SOFTIRQ_HANDLER)
            : Set.of(FrameRole.HARDIRQ_ENTRY);
    Set<Integer> drop = new java.util.HashSet<>();
    for (Frame frame : r.backtrace().orElseThrow().trace().reliableFrames()) {
      if (RULES.context(frame.baseFunction()).map(c -> roles.contains(c.role())).orElse(false)) {
        drop.add(frame.inputLine());
      }
    }
    String[] lines = lines(s);
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (!drop.contains(i + 1)) {
        kept.add(lines[i]);
      }
    }
    return drop.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", kept));
  }

}
