package dev.lockscope.replay;

import dev.lockscope.engine.EngineConfig;
import dev.lockscope.engine.Violation;
import dev.lockscope.engine.ViolationKey;
import dev.lockscope.ingest.ReportKind;
import dev.lockscope.report.CircularDependency;
import dev.lockscope.report.HeldLockFreed;
import dev.lockscope.report.InconsistentLockState;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.report.IrqInversion;
import dev.lockscope.report.IrqSafeUnsafeOrder;
import dev.lockscope.report.LockHeldReturning;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.LocksHeldAtExit;
import dev.lockscope.report.RecursiveLocking;
import dev.lockscope.report.UnheldLockOperation;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.semantics.WaitContextAnalyzer;
import dev.lockscope.semantics.WaitNumbering;
import dev.lockscope.trace.TraceException;
import dev.lockscope.trace.TraceRunner;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Replays a report's facts through the lockdep engine: plans the smallest trace the report's
 * evidence proves ({@link ReplayPlanner}), runs it with every violation reported, and says
 * whether the engine reports the violation the report claims.
 */
public final class Replayer {

  private final RuleSet rules;
  private final ReplayPlanner planner;
  private final Map<ReportKind, BiFunction<ReplayPlanner, LockdepReport, ReplayPlan>> plans = new EnumMap<>(ReportKind.class);

  public Replayer(RuleSet rules) {
    this.rules = rules;
    this.planner = new ReplayPlanner(rules);
    plans.put(ReportKind.INCONSISTENT_LOCK_STATE, (p, r) -> p.inconsistent((InconsistentLockState) r));
    plans.put(ReportKind.CIRCULAR_DEPENDENCY, (p, r) -> p.circular((CircularDependency) r));
    plans.put(ReportKind.RECURSIVE_LOCKING, (p, r) -> p.recursive((RecursiveLocking) r));
    plans.put(ReportKind.IRQ_INVERSION, (p, r) -> p.inversion((IrqInversion) r));
    plans.put(ReportKind.IRQ_SAFE_UNSAFE_ORDER, (p, r) -> p.safeToUnsafe((IrqSafeUnsafeOrder) r));
    plans.put(ReportKind.INVALID_WAIT_CONTEXT, (p, r) -> p.waitContext((InvalidWaitContext) r, rawNumbering((InvalidWaitContext) r)));
    plans.put(ReportKind.BAD_UNLOCK_BALANCE, (p, r) -> p.unlockImbalance((UnheldLockOperation) r));
    plans.put(ReportKind.HELD_LOCK_FREED, (p, r) -> p.freed((HeldLockFreed) r));
    plans.put(ReportKind.LOCKS_HELD_AT_EXIT, (p, r) -> p.exit((LocksHeldAtExit) r));
    plans.put(ReportKind.LOCK_HELD_RETURNING, (p, r) -> p.returning((LockHeldReturning) r));
  }

  /** Whether reports of this kind describe acquisitions a replay can prove. */
  public boolean replays(ReportKind kind) {
    return plans.containsKey(kind);
  }

  /** The plan of a report, or the fact the text does not give. */
  public Optional<ReplayPlan> plan(LockdepReport report) {
    return Optional.ofNullable(plans.get(report.extent().kind())).map(p -> p.apply(planner, report));
  }

  /** Replays a report; whatever goes wrong inside lockscope comes back as {@link ReplayOutcome.Failed}, never thrown. */
  public ReplayOutcome replay(LockdepReport report) {
    try {
      return plan(report).map(this::run).orElse(new ReplayOutcome.Missing("lockscope does not replay " + report.extent().kind().id() + " reports"));
    } catch (Facts.Missing e) {
      return new ReplayOutcome.Missing(e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return new ReplayOutcome.Failed(e.toString());
    }
  }

  /** Runs a plan (the report's, or a what-if change of it) with every violation reported. */
  public ReplayOutcome run(ReplayPlan plan) {
    EngineConfig config = EngineConfig.defaults().withReportAll(true).withRawLockNesting(plan.rawLockNesting());
    TraceRunner runner = new TraceRunner("replay", rules.engine(), config, v -> { });
    ReplayOutcome.Run ran;
    try {
      plan.statements().forEach(runner::run);
      ran = new ReplayOutcome.Run(plan, runner.finish(false).graph().snapshot());
    } catch (TraceException e) {
      return new ReplayOutcome.Missing("the facts cannot all have happened: " + e.getMessage());
    }
    List<Violation> found = runner.violations();
    return found.stream().filter(v -> ViolationKey.of(v).equals(plan.expected())).findFirst()
        .<ReplayOutcome>map(v -> new ReplayOutcome.Reproduced(ran, v))
        .orElse(new ReplayOutcome.Different(ran, found));
  }

  private boolean rawNumbering(InvalidWaitContext report) {
    return new WaitContextAnalyzer(rules).analyze(report, Optional.empty())
        .map(a -> a.numbering() == WaitNumbering.RAW_LOCK_NESTING)
        .orElse(false);
  }
}
