package dev.lockscope.explain;

import dev.lockscope.report.Frame;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.IrqState;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.UsageBit;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.rules.PseudoLock;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.semantics.ExecutionContext;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.verify.InconsistentLockStateEvidence;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Explains an inconsistent lock state: one lock used both in and outside an irq context. */
final class InconsistentExplainer {

  private final RuleSet rules;
  private final CallPaths callPaths;
  private final UseDescriber describer;

  InconsistentExplainer(UseDescriber describer) {
    this.describer = describer;
    this.rules = describer.rules();
    this.callPaths = describer.callPaths();
  }

  static boolean explains(InconsistentLockStateEvidence evidence) {
    return evidence.report().lock().isPresent()
        && evidence.report().oldBit().flatMap(UsageBit::state).isPresent()
        && evidence.report().newBit().flatMap(UsageBit::state).isPresent();
  }

  Explanation explain(InconsistentLockStateEvidence evidence) {
    return inconsistent(evidence);
  }

  private record Use(UsageBit bit, Optional<TraceAnalysis> analysis) {}

  private Explanation inconsistent(InconsistentLockStateEvidence evidence) {
    InconsistentLockState report = evidence.report();
    LockLine lock = report.lock().orElseThrow();
    String name = lock.name().printed();
    List<Use> uses = new ArrayList<>();
    uses.add(new Use(report.oldBit().orElseThrow(), evidence.oldUse()));
    uses.add(new Use(report.newBit().orElseThrow(), evidence.newUse()));
    uses.sort(Comparator.comparing(u -> u.bit().usedIn()));
    Use unsafe = uses.get(0);
    Use safe = uses.get(1);
    IrqState state = safe.bit().state().orElseThrow();
    String lockType = lockType(evidence, name);
    Optional<PseudoLock> pseudo = rules.pseudoLock(name);
    String summary =
        "Lock %s (%s) is used in two incompatible ways:".formatted(name, lockType)
            + pseudo.map(p -> " it is not a real lock but " + p.meaning() + ".").orElse("");
    List<LockUse> lockUses = uses.stream().map(u -> lockUse(u, lock)).toList();
    String who = report.task().map(t -> t.comm()).orElse("a task");
    boolean reporterIsInterrupt = report.newBit().equals(Optional.of(safe.bit()));
    return new Explanation(
        summary,
        lockUses,
        state == IrqState.RECLAIM_FS ? "Deadlock in one task:" : "Deadlock on one CPU:",
        timeline(state, who, reporterIsInterrupt, name, unsafe, safe, lockType),
        why(state, name, lockType),
        fixes(report, state, name, lockType, unsafe));
  }

  private String lockType(InconsistentLockStateEvidence evidence, String name) {
    return evidence.oldUse().flatMap(TraceAnalysis::calledApi)
        .or(() -> evidence.newUse().flatMap(TraceAnalysis::calledApi))
        .map(LockPrimitive::lockType)
        .orElse(rules.pseudoLock(name).isPresent() ? "lockdep map" : "lock");
  }

  private LockUse lockUse(Use use, LockLine lock) {
    Optional<TraceAnalysis> analysis = use.analysis();
    String site =
        analysis.flatMap(TraceAnalysis::acquirer).or(lock::acquireSite).map(UseDescriber::site).orElse("(unknown site)");
    String api = analysis.flatMap(TraceAnalysis::calledApi).map(p -> p.api() + "()").orElse("");
    List<String> path = analysis.map(callPaths::path).orElse(List.of());
    return new LockUse("{" + use.bit().printedName() + "}", context(use), site, api, path);
  }

  private static String context(Use use) {
    UsageBit bit = use.bit();
    IrqState state = bit.state().orElseThrow();
    if (bit.usedIn()) {
      return switch (state) {
        case SOFTIRQ -> "inside a softirq";
        case HARDIRQ -> "inside a hard interrupt handler";
        case RECLAIM_FS -> "inside filesystem reclaim";
      };
    }
    Optional<Frame> enable = use.analysis().flatMap(TraceAnalysis::enablePath);
    if (enable.isPresent()) {
      return state == IrqState.RECLAIM_FS
          ? "held across an allocation that may enter filesystem reclaim (%s)".formatted(enable.get().baseFunction())
          : "held while %s were re-enabled (%s)".formatted(enabledThing(state), enable.get().baseFunction());
    }
    ExecutionContext where = use.analysis().map(TraceAnalysis::context).orElse(ExecutionContext.UNKNOWN);
    String place = where == ExecutionContext.UNKNOWN ? "" : "in " + where.description() + " ";
    return state == IrqState.RECLAIM_FS
        ? place + "where an allocation may enter filesystem reclaim"
        : place + "with " + enabledThing(state) + " enabled";
  }

  private static String enabledThing(IrqState state) {
    return switch (state) {
      case SOFTIRQ -> "softirqs";
      case HARDIRQ -> "hard interrupts";
      case RECLAIM_FS -> "filesystem reclaim";
    };
  }

  /**
   * The deadlock step by step. The reporting task ({@code who}) is the one that set the new bit:
   * the holder when the new bit is the irq-unsafe one; when it is the irq-safe one, the reporting
   * task is the one the interrupt ran on, and the holder's use is the one lockdep recorded earlier,
   * of a task the report does not name.
   */
  private List<String> timeline(IrqState state, String who, boolean reporterIsInterrupt, String lock, Use unsafe, Use safe,
      String lockType) {
    String unsafeSite = unsafe.analysis().flatMap(TraceAnalysis::acquirer).map(Frame::baseFunction).orElse("some function");
    Optional<Frame> enable = unsafe.analysis().flatMap(TraceAnalysis::enablePath);
    String safeSite =
        safe.analysis().flatMap(TraceAnalysis::handlerLabel)
            .or(() -> safe.analysis().flatMap(TraceAnalysis::acquirer).map(Frame::baseFunction))
            .orElse("the handler");
    String waits = rules.findings().waiterSleeps(lock, lockType) ? "sleeps" : "spins";
    if (state == IrqState.RECLAIM_FS) {
      return List.of(
          "%s holds %s and allocates memory in %s, an allocation allowed to enter filesystem reclaim;"
              .formatted(who, lock, unsafeSite),
          "memory is short, so the allocation enters filesystem reclaim in the same task;",
          "reclaim reaches %s, which tries to take %s, held by this very task, and %s;"
              .formatted(safeSite, lock, waits),
          "the allocation never returns, so %s is never released: the task waits on itself.".formatted(lock));
    }
    Optional<String> interrupt = safe.analysis().flatMap(callPaths::interruptLabel);
    String holder = reporterIsInterrupt ? "a task" : who;
    String recorded = reporterIsInterrupt ? " (a use lockdep recorded earlier; the report does not say which task)" : "";
    List<String> steps = new ArrayList<>();
    steps.add(
        (enable.isPresent()
            ? "%s holds %s while %s re-enables %s (%s)".formatted(holder, lock, unsafeSite, enabledThing(state), enable.get().baseFunction())
            : "%s takes %s in %s, with %s still enabled".formatted(holder, lock, unsafeSite, enabledThing(state)))
        + recorded + ";");
    if (state == IrqState.SOFTIRQ) {
      steps.add(interrupt.map(i -> article(i) + " " + i + " arrives and ends by running softirqs on the same CPU;")
          .orElse("softirqs run on the same CPU (at interrupt exit or when bottom halves are re-enabled);"));
    } else {
      String irq = interrupt.orElse("hard interrupt");
      steps.add(article(irq) + " " + irq + " arrives on the same CPU;");
    }
    steps.add("%s tries to take %s, held by the code it interrupted, and %s%s;".formatted(safeSite, lock, waits,
        reporterIsInterrupt ? " (the use this report caught, in a " + state.description() + " that had interrupted " + who + ")" : ""));
    steps.add("the holder cannot run again until the %s returns: the CPU waits on itself.".formatted(state.description()));
    return steps;
  }

  private static String article(String noun) {
    return "aeiouAEIOU".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
  }

  private static String why(IrqState state, String lock, String lockType) {
    if (state == IrqState.RECLAIM_FS) {
      return "Reclaim needs %s, and %s is held by the task that entered reclaim.".formatted(lock, lock);
    }
    return ("The %s runs on top of the holder on one CPU: it cannot finish without %s, and %s is only "
            + "released when the interrupted code runs again, which waits for the %s to finish. A %s "
            + "gives no way out.")
        .formatted(state.description(), lock, lock, state.description(), lockType);
  }

  private List<String> fixes(InconsistentLockState report, IrqState state, String lock, String lockType, Use unsafe) {
    String api = unsafe.analysis().flatMap(TraceAnalysis::calledApi).map(LockPrimitive::api).orElse("the lock call");
    return describer.fixes(report.extent().kind().id(), state.name(), lock, lockType, api);
  }

}
