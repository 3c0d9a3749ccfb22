package dev.lockscope.verify;

import dev.lockscope.report.ChainEntry;
import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.LockClassName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.semantics.AcquisitionKind;
import dev.lockscope.semantics.TraceAnalysis;

/** The registry of circular-dependency checks (spec sections 4.2 and 6), in report order. */
final class CircularChecks {

  static final List<Check<CircularEvidence>> ALL =
      List.of(
          new ChainOrderCheck(),
          new ChainDistinctCheck(),
          new StrongCycleCheck(),
          new TrylockEdgeCheck(),
          new ChainExistsCheck(),
          new ScenarioCheck(),
          SharedChecks.<CircularEvidence>heldLockListed(e -> e.report().heldLocks(), e -> e.report().prev()),
          new ClosingTraceCheck(),
          SharedChecks.<CircularEvidence>taskIdentity(
              e -> e.report().task(), e -> e.report().backtrace(), e -> e.report().heldLocks()),
          new ClassUsageConsistencyCheck<>(),
          new UsageExclusiveCheck<>());

  private CircularChecks() {}

  static List<CheckResult> run(CircularEvidence evidence) {
    return ALL.stream().map(c -> CheckResult.guarded(c.id(), () -> c.check(evidence))).toList();
  }

  /** L0 (next), ..., LK (prev): the classes of the chain in cycle order. */
  static List<LockClassName> cycle(CircularDependency report) {
    List<LockClassName> names = new ArrayList<>();
    List<ChainEntry> chain = report.chain();
    for (int i = chain.size() - 1; i >= 0; i--) {
      names.add(chain.get(i).lock().name());
    }
    return names;
  }

  static boolean complete(CircularDependency report) {
    return report.chain().stream().anyMatch(entry -> entry.index() == 0)
        && report.next().isPresent()
        && report.prev().isPresent();
  }

  /** Entries run #K..#0 consecutively; #K is the held lock's class and #0 the acquired one's. */
  static final class ChainOrderCheck implements Check<CircularEvidence> {
    @Override
    public String id() {
      return "chain-order";
    }

    @Override
    public CheckResult check(CircularEvidence e) {
      CircularDependency r = e.report();
      if (!complete(r)) {
        return CheckResult.unknown(id(), "the chain runs #K..#0", "the chain or the two locks are missing");
      }
      List<ChainEntry> chain = r.chain();
      int k = chain.get(0).index();
      String claim = "the chain runs #%d..#0 from %s to %s".formatted(k, r.prev().get().name(), r.next().get().name());
      for (int i = 0; i < chain.size(); i++) {
        if (chain.get(i).index() != k - i) {
          return CheckResult.of(id(), false, claim, "entry " + (i + 1) + " is #" + chain.get(i).index(), chain.get(i).lock().inputLine());
        }
      }
      if (!chain.get(0).lock().name().equals(r.prev().get().name())) {
        return CheckResult.of(id(), false, claim,
            "#" + k + " is " + chain.get(0).lock().name() + ", not the held " + r.prev().get().name(), chain.get(0).lock().inputLine());
      }
      ChainEntry last = chain.get(chain.size() - 1);
      boolean holds = last.lock().name().equals(r.next().get().name());
      return CheckResult.of(id(), holds, claim,
          holds ? "#" + k + " names the held lock and #0 the one being acquired" : "#0 is " + last.lock().name() + ", not " + r.next().get().name(),
          last.lock().inputLine());
    }
  }

  /** The acquired and held classes differ, and the chain never repeats a class (BFS paths are simple). */
  static final class ChainDistinctCheck implements Check<CircularEvidence> {
    @Override
    public String id() {
      return "chain-distinct";
    }

    @Override
    public CheckResult check(CircularEvidence e) {
      CircularDependency r = e.report();
      if (r.chain().isEmpty()) {
        return CheckResult.unknown(id(), "the chain's classes are distinct", "no chain");
      }
      String claim = "a cycle through " + r.chain().size() + " distinct classes";
      Set<LockClassName> seen = new HashSet<>();
      for (ChainEntry entry : r.chain()) {
        if (!seen.add(entry.lock().name())) {
          return CheckResult.of(id(), false, claim, entry.lock().name() + " appears twice in the chain", entry.lock().inputLine());
        }
      }
      if (r.next().isPresent() && r.prev().isPresent() && r.next().get().name().equals(r.prev().get().name())) {
        return CheckResult.of(id(), false, claim,
            "acquiring a lock of the held class is recursive locking, not a cycle", r.next().get().inputLine());
      }
      return CheckResult.of(id(), true, claim, "no class repeats", r.chain().get(0).lock().inputLine());
    }
  }

  /**
   * A cycle is only a deadlock when it is strong: no lock on it is entered as a recursive reader and
   * then held as a reader (spec section 6.1; heuristic, the kinds come from the traces' primitives).
   */
  static final class StrongCycleCheck implements Check<CircularEvidence> {
    @Override
    public String id() {
      return "strong-cycle";
    }

    @Override
    public CheckResult check(CircularEvidence e) {
      String claim = "the cycle can deadlock (it is a strong cycle)";
      List<ChainEntry> chain = e.report().chain();
      if (chain.isEmpty()) {
        return CheckResult.unknown(id(), claim, "no chain");
      }
      int unknown = 0;
      for (int i = 0; i < chain.size(); i++) {
        Optional<AcquisitionKind> kind = AcquisitionKind.of(e.chainUses().get(i));
        if (kind.isEmpty()) {
          unknown++;
        } else if (kind.get() == AcquisitionKind.RECURSIVE_READ) {
          return new CheckResult(id(), Status.WARN, claim,
              chain.get(i).lock().name() + " is taken as a recursive reader in #" + chain.get(i).index()
                  + ", which cannot wait on a reader further along the cycle",
              chain.get(i).lock().inputLine());
        }
      }
      if (unknown == chain.size()) {
        return CheckResult.unknown(id(), claim, "no lock primitive is visible in the chain's traces");
      }
      return CheckResult.of(id(), true, claim,
          "no lock of the cycle is taken as a recursive reader" + (unknown > 0 ? " (" + unknown + " acquisitions of unknown kind)" : ""),
          chain.get(0).lock().inputLine());
    }
  }

  /** A trylock never waits, so lockdep never records a dependency into a lock taken by trylock. */
  static final class TrylockEdgeCheck implements Check<CircularEvidence> {
    @Override
    public String id() {
      return "no-trylock-edge";
    }

    @Override
    public CheckResult check(CircularEvidence e) {
      String claim = "every dependency of the chain was recorded by a blocking acquisition";
      List<ChainEntry> chain = e.report().chain();
      if (chain.isEmpty()) {
        return CheckResult.unknown(id(), claim, "no chain");
      }
      for (int i = 0; i < chain.size(); i++) {
        Optional<LockPrimitive> primitive = e.chainUses().get(i).primitive();
        if (primitive.isPresent() && primitive.get().trylock()) {
          return CheckResult.of(id(), false, claim,
              "#" + chain.get(i).index() + " takes " + chain.get(i).lock().name() + " with " + primitive.get().api() + "()",
              e.chainUses().get(i).primitiveFrame().map(f -> f.inputLine()).orElse(chain.get(i).lock().inputLine()));
        }
      }
      return CheckResult.of(id(), true, claim, "no trace takes its lock with a trylock", chain.get(0).lock().inputLine());
    }
  }

  /** {@code Chain exists of:} is printed iff K >= 2 and names #0, #K-1 and #K. */
  static final class ChainExistsCheck implements Check<CircularEvidence> {
    @Override
    public String id() {
      return "chain-exists-of";
    }

    @Override
    public CheckResult check(CircularEvidence e) {
      CircularDependency r = e.report();
      if (!complete(r) || !r.extent().complete()) {
        return CheckResult.unknown(id(), "the Chain exists of: line", "the report is cut");
      }
      List<LockClassName> cycle = cycle(r);
      int k = cycle.size() - 1;
      Optional<List<LockClassName>> expected =
          k >= 2 ? Optional.of(List.of(cycle.get(0), cycle.get(k - 1), cycle.get(k))) : Optional.empty();
      int line = r.chainExistsLine() > 0 ? r.chainExistsLine() : r.chain().get(k).lock().inputLine();
      return CommonChecks.chainExistsOf(id(), r.scenario(), r.chainExistsOf(), expected, line);
    }
  }

  /** CPU0 holds #K and wants #0; CPU1 takes #K-1 then #K. */
  static final class ScenarioCheck implements Check<CircularEvidence> {
    @Override
    public String id() {
      return "scenario";
    }

    @Override
    public CheckResult check(CircularEvidence e) {
      CircularDependency r = e.report();
      if (!complete(r)) {
        return CheckResult.unknown(id(), "the unsafe locking scenario", "the chain is cut");
      }
      List<LockClassName> cycle = cycle(r);
      if (cycle.size() < 2) {
        return CheckResult.unknown(id(), "the unsafe locking scenario", "the chain shows fewer than two locks");
      }
      int k = cycle.size() - 1;
      return CommonChecks.scenarioNames(
          id(), r.scenario(), List.of(cycle.get(k), cycle.get(k - 1), cycle.get(k), cycle.get(0)), List.of(0, 1, 1, 0));
    }
  }

  /** The #0 trace is the current acquisition: the same caller as the backtrace (heuristic). */
  static final class ClosingTraceCheck implements Check<CircularEvidence> {
    @Override
    public String id() {
      return "closing-trace";
    }

    @Override
    public CheckResult check(CircularEvidence e) {
      String claim = "#0 is the acquisition the backtrace shows";
      if (e.chainUses().isEmpty() || e.backtraceUse().isEmpty()) {
        return CheckResult.unknown(id(), claim, "no #0 trace or no backtrace");
      }
      TraceAnalysis closing = e.chainUses().get(e.chainUses().size() - 1);
      Optional<String> chainCaller = closing.acquirer().map(f -> f.baseFunction());
      Optional<String> backtraceCaller = e.backtraceUse().get().acquirer().map(f -> f.baseFunction());
      if (chainCaller.isEmpty() || backtraceCaller.isEmpty()) {
        return CheckResult.unknown(id(), claim, "a caller of the lock primitive is not visible");
      }
      boolean same = chainCaller.equals(backtraceCaller);
      return new CheckResult(id(), same ? Status.PASS : Status.WARN, claim,
          "#0 is taken in " + chainCaller.get() + ", the backtrace in " + backtraceCaller.get(),
          closing.acquirer().get().inputLine());
    }
  }

}
