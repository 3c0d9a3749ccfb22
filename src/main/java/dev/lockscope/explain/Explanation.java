package dev.lockscope.explain;

import dev.lockscope.ingest.Envelope;
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
 * @param envelope what was undone on the text before the report was read, in words; empty when
 *     it was a bare report
 * @param replay what replaying the report through the engine did and gave, one line each
 */
public record Explanation(
    String summary,
    List<LockUse> uses,
    String timelineTitle,
    List<String> timeline,
    String why,
    List<String> fixes,
    String envelope,
    List<String> replay) {

  public Explanation {
    uses = List.copyOf(uses);
    timeline = List.copyOf(timeline);
    fixes = List.copyOf(fixes);
    replay = List.copyOf(replay);
  }

  /** An explanation of a report read from bare text, before it is replayed. */
  public Explanation(String summary, List<LockUse> uses, String timelineTitle, List<String> timeline, String why, List<String> fixes) {
    this(summary, uses, timelineTitle, timeline, why, fixes, "", List.of());
  }

  /** This explanation with a replay section. */
  public Explanation withReplay(List<String> lines) {
    return new Explanation(summary, uses, timelineTitle, timeline, why, fixes, envelope, lines);
  }

  /** This explanation, saying what was undone on the text before the report was read. */
  public Explanation withEnvelope(List<Envelope> undone) {
    String words = String.join(", ", undone.stream().map(Envelope::description).toList());
    return new Explanation(summary, uses, timelineTitle, timeline, why, fixes, words, replay);
  }

  /** An explanation whose timeline is a deadlock on one CPU. */
  public Explanation(String summary, List<LockUse> uses, List<String> timeline, String why, List<String> fixes) {
    this(summary, uses, "Deadlock on one CPU:", timeline, why, fixes);
  }
}
