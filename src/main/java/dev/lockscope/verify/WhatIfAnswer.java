package dev.lockscope.verify;

import dev.lockscope.engine.Violation;
import dev.lockscope.replay.WhatIf;
import java.util.List;

/**
 * The answer to a what-if on one report: the report, what the changes touched, what the engine
 * reports when the changed facts are replayed, and what the answer cannot know.
 */
public sealed interface WhatIfAnswer {

  /** The report asked about. */
  Verification report();

  /** What became of the report's violation. */
  enum Result {
    /** The engine reports no violation at all. */
    GONE,
    /** The engine still reports the report's violation. */
    REMAINS,
    /** The report's violation is gone, but the engine reports another. */
    REPLACED
  }

  /** The changed facts were replayed. */
  record Answered(Verification report, WhatIf.Result changes, Result result, List<Violation> found, List<String> limits)
      implements WhatIfAnswer {
    public Answered {
      found = List.copyOf(found);
      limits = List.copyOf(limits);
    }
  }

  /** The question cannot be answered from this report: why (its facts do not replay). */
  record Unanswerable(Verification report, String why) implements WhatIfAnswer {}
}
