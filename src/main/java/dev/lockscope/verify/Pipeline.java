package dev.lockscope.verify;

import dev.lockscope.ingest.ConsoleLine;
import dev.lockscope.ingest.LocatedReport;
import dev.lockscope.ingest.StreamingLocator;
import dev.lockscope.report.LockdepReport;
import dev.lockscope.report.ReportParser;
import dev.lockscope.rules.RuleSet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The whole flow for one input: decode, normalize, locate, parse, verify, always as a stream read
 * once, report by report ({@link #run(InputStream, Consumer)}); an input already in memory
 * ({@link #run(String, byte[])}) is read the same way.
 */
public final class Pipeline {

  private final Verifier verifier;
  private final RuleSet rules;

  public Pipeline(RuleSet rules) {
    this.verifier = new Verifier(rules);
    this.rules = rules;
  }

  /** The verified reports of a whole input held in memory, read as a stream would be. */
  public SourceResult run(String source, byte[] input) {
    List<Verification> verified = new ArrayList<>();
    try {
      run(new ByteArrayInputStream(input), verified::add);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail to read", e);
    }
    return new SourceResult(source, verified);
  }

  public SourceResult run(String source, String text) {
    return run(source, text.getBytes(StandardCharsets.UTF_8));
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
    LockdepReport report;
    Verification verified;
    try {
      report = ReportParser.parse(found, frame -> rules.isStackBottom(frame.baseFunction()));
      verified = verifier.verify(report);
    } catch (RuntimeException | StackOverflowError e) {
      InternalErrors.caught(e);
      LocatedReport header = new LocatedReport(found.kind(), found.lines().subList(0, 1), List.of());
      report = ReportParser.parse(header, frame -> rules.isStackBottom(frame.baseFunction()));
      verified = verifier.verify(report).failed(e);
    }
    if (replays.firstTime(found, report)) {
      out.accept(verified);
    }
  }

  /**
   * The reports of one input seen so far, as 128-bit fingerprints of their text: a report whose
   * lines repeat an earlier one word for word is the same splat replayed from a dmesg dump or a
   * second console (spec section 1) and is dropped. Fingerprints, not texts, so that memory does
   * not grow with the size of the reports of a long log; two independent non-linear mixes, so that
   * distinct texts do not meet by accident.
   */
  private static final class Replays {

    private record Fingerprint(long first, long second) {}

    private final Set<Fingerprint> seen = new HashSet<>();

    boolean firstTime(LocatedReport found, LockdepReport report) {
      long first = 0x243F6A8885A308D3L;
      long second = 0x13198A2E03707344L;
      for (ConsoleLine line : found.lines().subList(0, report.extent().lineCount())) {
        String text = line.text();
        for (int i = 0; i <= text.length(); i++) {
          char c = i < text.length() ? text.charAt(i) : '\n';
          first = (first ^ c) * 0x9E3779B97F4A7C15L;
          first ^= first >>> 29;
          second = (second + c) * 0xC2B2AE3D27D4EB4FL;
          second ^= second >>> 31;
        }
      }
      return seen.add(new Fingerprint(first, second));
    }
  }
}
