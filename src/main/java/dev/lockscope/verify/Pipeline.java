package dev.lockscope.verify;

import dev.lockscope.ingest.ConsoleLine;
import dev.lockscope.ingest.ConsoleNormalizer;
import dev.lockscope.ingest.InputDecoder;
import dev.lockscope.ingest.LocatedReport;
import dev.lockscope.ingest.ReportLocator;
import dev.lockscope.ingest.StreamingLocator;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.ReportParser;
import dev.lockscope.rules.RuleSet;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The whole flow for one input: decode, normalize, locate, parse, verify. Either a whole input in
 * memory ({@link #run(String, String)}) or a stream read once, report by report
 * ({@link #run(InputStream, Consumer)}); both give the same reports.
 */
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
    List<Verification> verified = new ArrayList<>();
    Replays replays = new Replays();
    ReportLocator.locate(ConsoleNormalizer.normalize(text)).forEach(found -> verifyNew(found, replays, verified::add));
    return new SourceResult(source, verified);
  }

  /**
   * Reads {@code input} to its end and hands on each report, verified, as soon as its text is
   * complete, in input order; only the lines of the reports being read are held.
   */
  public void run(InputStream input, Consumer<Verification> out) throws IOException {
    Replays replays = new Replays();
    StreamingLocator.locate(input, found -> verifyNew(found, replays, out));
  }

  private void verifyNew(LocatedReport found, Replays replays, Consumer<Verification> out) {
    LockdepReport report = ReportParser.parse(found, frame -> rules.isStackBottom(frame.baseFunction()));
    if (replays.firstTime(found, report)) {
      out.accept(verifier.verify(report));
    }
  }

  /**
   * The reports of one input seen so far, as digests of their text: a report whose lines repeat an
   * earlier one word for word is the same splat replayed from a dmesg dump or a second console
   * (spec section 1) and is dropped.
   */
  private static final class Replays {

    private final Set<String> seen = new HashSet<>();
    private final MessageDigest digest;

    Replays() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every JVM has SHA-256", e);
      }
    }

    boolean firstTime(LocatedReport found, LockdepReport report) {
      for (ConsoleLine line : found.lines().subList(0, report.extent().lineCount())) {
        digest.update(line.text().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return seen.add(HexFormat.of().formatHex(digest.digest()));
    }
  }
}
