package dev.lockscope.semantics;

import java.util.Optional;

/**
 * What one of lockdep's rules says about some evidence.
 *
 * @param holds true or false when the evidence decides, empty when it cannot
 * @param evidence what was found, in words that quote the input
 * @param line the input line of that evidence (0 when there is none)
 */
public record RuleOutcome(Optional<Boolean> holds, String evidence, int line) {

  static RuleOutcome of(boolean holds, String evidence, int line) {
    return new RuleOutcome(Optional.of(holds), evidence, line);
  }

  static RuleOutcome undecided(String why) {
    return new RuleOutcome(Optional.empty(), why, 0);
  }
}
