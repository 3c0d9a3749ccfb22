package dev.lockscope.replay;

import dev.lockscope.engine.GraphSnapshot;
import dev.lockscope.engine.Violation;
import java.util.List;
import java.util.Optional;

/** What replaying a report's facts through the engine gave. */
public sealed interface ReplayOutcome {

  /** The plan that ran and the graph it left, unless the replay could not run. */
  default Optional<Run> run() {
    return Optional.empty();
  }

  /** A replay that ran: its plan and the engine's lock-class graph after it. */
  record Run(ReplayPlan plan, GraphSnapshot graph) {}

  /** The engine reports the violation the report claims. */
  record Reproduced(Run ran, Violation violation) implements ReplayOutcome {
    @Override
    public Optional<Run> run() {
      return Optional.of(ran);
    }
  }

  /** The engine does not report it: {@code found} is what it reports instead (maybe nothing). */
  record Different(Run ran, List<Violation> found) implements ReplayOutcome {
    public Different {
      found = List.copyOf(found);
    }

    @Override
    public Optional<Run> run() {
      return Optional.of(ran);
    }
  }

  /** The replay could not run, and why: most often the text does not give a fact it needs. */
  record Missing(String reason) implements ReplayOutcome {}

  /** lockscope failed while replaying (a bug of its own, never of the report). */
  record Failed(String error) implements ReplayOutcome {}
}
