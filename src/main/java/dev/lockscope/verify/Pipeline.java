package dev.lockscope.verify;

import dev.lockscope.ingest.ConsoleLine;
import dev.lockscope.ingest.ConsoleNormalizer;
import dev.lockscope.ingest.InputDecoder;
import dev.lockscope.ingest.LocatedReport;
import dev.lockscope.ingest.ReportLocator;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.ReportParser;
import dev.lockscope.rules.RuleSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The whole flow for one input: decode, normalize, locate, parse, verify. */
public final class Pipeline {

  private final Verifier verifier;
  private final RuleSet rules;

  public Pipeline(RuleSet rules) {
    this.verifier = new Verifier(rules);
    this.rules = rules;
  }

  public SourceResult run(String source, byte[] input) {
    return run(source, InputDecoder.decode(input));
  }

  public SourceResult run(String source, String text) {
    List<LocatedReport> located = ReportLocator.locate(ConsoleNormalizer.normalize(text));
    return new SourceResult(source, withoutReplays(located).stream().map(verifier::verify).toList());
  }

  /**
   * Drops a report whose lines repeat an earlier one word for word: the same splat replayed
   * from a dmesg dump or a second console (spec section 1).
   */
  private List<LockdepReport> withoutReplays(List<LocatedReport> located) {
    Set<List<String>> seen = new HashSet<>();
    List<LockdepReport> kept = new ArrayList<>();
    for (LocatedReport found : located) {
      LockdepReport report = ReportParser.parse(found, frame -> rules.isStackBottom(frame.baseFunction()));
      List<String> text =
          found.lines().subList(0, report.extent().lineCount()).stream().map(ConsoleLine::text).toList();
      if (seen.add(text)) {
        kept.add(report);
      }
    }
    return kept;
  }
}
