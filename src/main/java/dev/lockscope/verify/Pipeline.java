package dev.lockscope.verify;

import dev.lockscope.ingest.ConsoleNormalizer;
import dev.lockscope.ingest.InputDecoder;
import dev.lockscope.ingest.LocatedReport;
import dev.lockscope.ingest.ReportLocator;
import dev.lockscope.report.ReportParser;
import dev.lockscope.rules.RuleSet;
import java.util.List;

/** The whole flow for one input: decode, normalize, locate, parse, verify. */
public final class Pipeline {

  private final Verifier verifier;

  public Pipeline(RuleSet rules) {
    this.verifier = new Verifier(rules);
  }

  public SourceResult run(String source, byte[] input) {
    return run(source, InputDecoder.decode(input));
  }

  public SourceResult run(String source, String text) {
    List<LocatedReport> located = ReportLocator.locate(ConsoleNormalizer.normalize(text));
    return new SourceResult(
        source,
        located.stream().map(ReportParser::parse).map(verifier::verify).toList());
  }
}
