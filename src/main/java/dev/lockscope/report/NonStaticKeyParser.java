package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses an {@code INFO: trying to register non-static key.} report (spec section 4.15): the
 * explanation lines of either wording, the validator-off line and the stack dump.
 */
final class NonStaticKeyParser {

  private static final Pattern ANNOTATION = Pattern.compile("^[Tt]he code is fine but needs lockdep annotation(?:\\.|, or maybe)$");
  private static final Pattern INIT_QUESTION = Pattern.compile("^you didn't initialize this object before use\\?$");

  private NonStaticKeyParser() {}

  static NonStaticKey parse(LocatedReport located, Dumps dumps) {
    ReportReading reading = ReportReading.unframed(located);
    reading.sentence(ANNOTATION, 1, "the code is fine but needs lockdep annotation line");
    boolean asksAboutInit = reading.cursor().seek(INIT_QUESTION, 0).isPresent();
    Optional<Integer> validatorOff =
        reading.sentence(LockdepCapacityParser.VALIDATOR_OFF, 1, "turning off the validator line")
            .map(ReportReading.Sentence::line);
    Optional<Backtrace> backtrace = dumps.bare(reading, 4, "stack dump");
    return new NonStaticKey(reading.extent(), asksAboutInit, validatorOff, backtrace);
  }
}
