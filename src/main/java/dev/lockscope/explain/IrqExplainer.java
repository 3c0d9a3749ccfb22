package dev.lockscope.explain;

import dev.lockscope.report.ClassBlock;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.IrqState;
import dev.lockscope.report.LockLine;
import dev.lockscope.report.UsageBit;
import dev.lockscope.report.UsageTrace;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.verify.IrqInversionEvidence;
import dev.lockscope.verify.IrqOrderEvidence;
import dev.lockscope.verify.IrqRoles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Explains the two irq reports: a lock taken in an irq context (irq-safe) is connected by a
 * dependency chain to a lock taken with that irq enabled (irq-unsafe), so an interrupt can close a
 * cycle between two CPUs.
 */
final class IrqExplainer {

  private final UseDescriber describer;

  IrqExplainer(UseDescriber describer) {
    this.describer = describer;
  }

  static boolean explains(IrqOrderEvidence evidence) {
    return IrqRoles.of(evidence.report()).isPresent();
  }

  static boolean explains(IrqInversionEvidence evidence) {
    return IrqRoles.of(evidence.report()).isPresent();
  }

  Explanation explain(IrqOrderEvidence evidence) {
    IrqSafeUnsafeOrder report = evidence.report();
    IrqRoles roles = IrqRoles.of(report).orElseThrow();
    String how = "adding %s -> %s (in %s) would connect them"
        .formatted(report.prev().orElseThrow().name(), report.next().orElseThrow().name(), acquiringFunction(evidence));
    return explain(report.extent().kind().id(), roles, evidence.unsafeUse(), evidence.safeUse(), how);
  }

  /** Where the new dependency is being made: the backtrace's locking function, else the lock's site. */
  private static String acquiringFunction(IrqOrderEvidence evidence) {
    return evidence.backtraceUse()
        .flatMap(TraceAnalysis::acquirer)
        .or(() -> evidence.report().next().flatMap(LockLine::acquireSite))
        .map(f -> f.baseFunction() + f.module().map(m -> " [" + m + "]").orElse(""))
        .orElse("some function");
  }

  Explanation explain(IrqInversionEvidence evidence) {
    IrqInversion report = evidence.report();
    IrqRoles roles = IrqRoles.of(report).orElseThrow();
    Optional<TraceAnalysis> changedUse = evidence.backtraceUse();
    Optional<TraceAnalysis> otherUse = describer.analyze(usageTrace(report.path(), report.other().orElseThrow(), roles, !report.forward()));
    String how = "%s just became %s (in %s), and a dependency chain already connects them"
        .formatted(report.changed().orElseThrow().name(), report.forward() ? "irq-safe" : "irq-unsafe", UseDescriber.function(changedUse));
    return report.forward()
        ? explain(report.extent().kind().id(), roles, otherUse, changedUse, how)
        : explain(report.extent().kind().id(), roles, changedUse, otherUse, how);
  }

  /** The trace of the other lock's safe (or unsafe) usage bit, from its block on the printed path. */
  private static Optional<dev.lockscope.report.StackTrace> usageTrace(List<ClassBlock> path, LockLine lock, IrqRoles roles, boolean safe) {
    IrqState state = roles.irqClass().state();
    return path.stream()
        .filter(b -> b.name().equals(lock.name()))
        .flatMap(b -> b.usages().stream())
        .filter(u -> UsageBit.parse(u.usage()).filter(bit -> bit.state().equals(Optional.of(state)) && bit.usedIn() == safe).isPresent())
        .map(UsageTrace::trace)
        .findFirst();
  }

  private Explanation explain(String kind, IrqRoles roles, Optional<TraceAnalysis> unsafeUse, Optional<TraceAnalysis> safeUse, String how) {
    IrqState state = roles.irqClass().state();
    String safe = roles.safe().name().printed();
    String unsafe = roles.unsafe().name().printed();
    String irq = state.description();
    String summary =
        "%s is %s-safe (taken inside a %s) and %s is %s-unsafe (taken with %ss enabled); %s, so a %s can deadlock two CPUs."
            .formatted(safe, state.name(), irq, unsafe, state.name(), irq, how, irq);
    List<LockUse> uses = new ArrayList<>();
    uses.add(describer.use("", unsafe + " taken with " + irq + "s enabled {" + roles.unsafeBit().printedName() + "}", unsafeUse, Optional.empty()));
    uses.add(describer.use("", safe + " taken inside a " + irq + " {" + roles.safeBit().printedName() + "}", safeUse, Optional.empty()));
    List<String> chain = roles.chain().map(c -> c.stream().map(n -> n.printed()).toList()).orElse(List.of(safe, unsafe));
    List<String> timeline =
        List.of(
            "CPU0 takes %s with %ss enabled (as %s does);".formatted(unsafe, irq, UseDescriber.function(unsafeUse)),
            "CPU1 disables %ss, takes %s and follows the chain %s, so it waits for %s, held by CPU0;"
                .formatted(irq, safe, String.join(" -> ", chain), unsafe),
            "a %s arrives on CPU0 and its handler takes %s (as %s does), held by CPU1;".formatted(irq, safe, UseDescriber.function(safeUse)),
            "CPU0 cannot finish the handler and CPU1 cannot get %s: deadlock.".formatted(unsafe));
    String why =
        "A lock that is ever taken in %s context must never be held, directly or through a chain of nested locks, by code that lets that %s in. Lockdep shows the first site where %s was taken with %ss enabled; every such site counts."
            .formatted(irq, irq, unsafe, irq);
    String unsafeType = describer.lockType(unsafe, Stream.of(unsafeUse));
    String api = unsafeUse.flatMap(TraceAnalysis::calledApi).map(p -> p.api()).orElse("the lock call");
    List<String> fixes = describer.fixes(kind, state.name(), unsafe, unsafeType, api).stream().map(h -> h.replace("{safe}", safe)).toList();
    return new Explanation(summary, uses, "Deadlock on two CPUs:", timeline, why, fixes);
  }
}
