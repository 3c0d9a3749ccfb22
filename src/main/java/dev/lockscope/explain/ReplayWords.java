package dev.lockscope.explain;

import dev.lockscope.engine.Interrupt;
import dev.lockscope.engine.ViolationKey;
import dev.lockscope.replay.Acquisition;
import dev.lockscope.replay.IrqHold;
import dev.lockscope.replay.ReplayOutcome;
import dev.lockscope.replay.ReplayPlan;
import dev.lockscope.replay.Scene;
import dev.lockscope.replay.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What a replay did, in words: each event the report proves, as it was replayed (where, which
 * lock, which primitive, in which context, under which locks), and what the engine said.
 */
public final class ReplayWords {

  private ReplayWords() {}

  /** The lines of a report's replay section: nothing when its kind is not replayed. */
  static List<String> of(Optional<ReplayOutcome> replay) {
    if (replay.isEmpty()) {
      return List.of();
    }
    ReplayOutcome outcome = replay.get();
    if (outcome instanceof ReplayOutcome.Missing missing) {
      return List.of("Not replayed: " + missing.reason() + ".");
    }
    if (outcome instanceof ReplayOutcome.Failed failed) {
      return List.of("Not replayed: lockscope failed (" + failed.error() + ").");
    }
    ReplayOutcome.Run run = outcome.run().orElseThrow();
    List<String> lines = new ArrayList<>(events(run.plan()));
    lines.add(0, "Replayed through lockscope's lockdep engine, as the report shows them:");
    lines.add(outcome instanceof ReplayOutcome.Reproduced
        ? "The engine reports the same violation: " + run.plan().expected().describe() + "."
        : "The engine does not report " + run.plan().expected().describe() + "; it reports "
            + ViolationKey.describe(((ReplayOutcome.Different) outcome).found()) + ".");
    return lines;
  }

  /** One line per replayed event, numbered. */
  public static List<String> events(ReplayPlan plan) {
    List<String> lines = new ArrayList<>();
    for (Scene scene : plan.scenes()) {
      lines.add("  %d. %s: %s".formatted(lines.size() + 1, scene.purpose(), scene(plan, scene)));
    }
    return lines;
  }

  private static String scene(ReplayPlan plan, Scene scene) {
    String held = scene.held().isEmpty() ? ""
        : ", holding " + scene.held().stream().map(a -> className(plan, a.lock())).collect(Collectors.joining(", "));
    String context = scene.context().isEmpty() ? "in process context"
        : "in " + scene.context().stream().map(Interrupt::contextName).collect(Collectors.joining(" in "));
    return step(plan, scene.step()) + held + ", " + context;
  }

  private static String step(ReplayPlan plan, Step step) {
    if (step instanceof Step.Take take) {
      return acquisition(plan, take.acquisition());
    }
    if (step instanceof Step.Enable enable) {
      return where(Optional.of(enable.site())) + " enables " + (enable.bottomHalves() ? "softirqs" : "interrupts");
    }
    if (step instanceof Step.ReleaseUnheld release) {
      return where(Optional.of(release.site())) + " releases " + className(plan, release.lock()) + ", not held";
    }
    if (step instanceof Step.Free free) {
      return where(Optional.of(free.site())) + " frees the memory of " + className(plan, free.lock());
    }
    if (step instanceof Step.Exit exit) {
      return where(Optional.of(exit.site())) + " exits";
    }
    return "the task returns to user space";
  }

  /** One acquisition: where, which lock, with which primitive, what was disabled. */
  static String acquisition(ReplayPlan plan, Acquisition a) {
    String lock = className(plan, a.lock()) + (a.subclass() == 0 ? "" : " (subclass " + a.subclass() + ")");
    if (a.primitive().equals(Acquisition.HELD)) {
      return lock + " held" + a.site().map(s -> ", taken in " + where(Optional.of(s))).orElse("") + hold(a.hold());
    }
    return where(a.site()) + " takes " + lock + " with " + a.primitive() + "()" + hold(a.hold());
  }

  private static String hold(IrqHold hold) {
    return switch (hold) {
      case NONE -> "";
      case BH_OFF -> " (softirqs off)";
      case IRQS_OFF -> " (interrupts off)";
    };
  }

  private static String where(Optional<Acquisition.Site> site) {
    return site.map(s -> s.function() + s.location().map(l -> " (" + l + ")").orElse("")).orElse("a caller the report does not name");
  }

  private static String className(ReplayPlan plan, String lock) {
    return plan.locks().stream().filter(l -> l.id().equals(lock)).findFirst().map(ReplayPlan.Lock::className).orElse(lock);
  }
}
