package dev.lockscope.explain;

import java.util.List;

/**
 * The plain-language account of one report.
 *
 * @param summary the opening sentence: which lock, what is wrong
 * @param uses the conflicting uses of the lock, unsafe one first
 * @param timelineTitle the heading of the timeline ("Deadlock on one CPU:")
 * @param timeline how the deadlock unfolds, one step per line
 * @param why why nothing can make progress
 * @param fixes fix options, most direct first
 * @param replay what replaying the report through the engine did and gave, one line each
 */
public record Explanation(
    String summary,
    List<LockUse> uses,
    String timelineTitle,
    List<String> timeline,
    String why,
    List<String> fixes,
    List<String> replay) {

  public Explanation {
    uses = List.copyOf(uses);
    timeline = List.copyOf(timeline);
    fixes = List.copyOf(fixes);
    replay = List.copyOf(replay);
  }

  public Explanation(String summary, List<LockUse> uses, String timelineTitle, List<String> timeline, String why, List<String> fixes) {
    this(summary, uses, timelineTitle, timeline, why, fixes, List.of());
  }

  /** This explanation with a replay section. */
  public Explanation withReplay(List<String> lines) {
    return new Explanation(summary, uses, timelineTitle, timeline, why, fixes, lines);
  }

  /** An explanation whose timeline is a deadlock on one CPU. */
  public Explanation(String summary, List<LockUse> uses, List<String> timeline, String why, List<String> fixes) {
    this(summary, uses, "Deadlock on one CPU:", timeline, why, fixes);
  }
}
