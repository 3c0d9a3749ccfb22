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
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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

  /** The same for the first {@code length} bytes of {@code input}, read in place. */
  public void run(byte[] input, int length, Consumer<Verification> out) {
    Replays replays = new Replays();
    StreamingLocator.locate(input, length, found -> verifyNew(found, replays, out));
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
   * The reports of one input seen so far, as SHA-256 digests of their text: a report whose lines
   * repeat an earlier one word for word is the same splat replayed from a dmesg dump or a second
   * console (spec section 1) and is dropped. Digests, not texts, so that memory does not grow with
   * the size of the reports of a long log.
   */
  private static final class Replays {

    private final Set<ByteBuffer> seen = new HashSet<>();
    private final MessageDigest digest = sha256();

    boolean firstTime(LocatedReport found, LockdepReport report) {
      for (ConsoleLine line : found.lines().subList(0, report.extent().lineCount())) {
        digest.update(line.text().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
      }
      return seen.add(ByteBuffer.wrap(digest.digest()));
    }

    private static MessageDigest sha256() {
      try {
        return MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }
  }
}
