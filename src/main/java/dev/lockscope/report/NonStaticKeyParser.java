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
    LineCursor cursor = new LineCursor(located.lines());
    String header = cursor.next().text().trim();
    MissingSections missing = new MissingSections();
    missing.require(cursor.seek(ANNOTATION, 1).isPresent(), "the code is fine but needs lockdep annotation line");
    boolean asksAboutInit = cursor.seek(INIT_QUESTION, 0).isPresent();
    Optional<Integer> validatorOff =
        missing.require(
            cursor.seek(LockdepCapacityParser.VALIDATOR_OFF, 1).map(m -> cursor.lineNumber()),
            "turning off the validator line");
    Optional<Backtrace> backtrace = dumps.bare(cursor, 4, missing, "stack dump");
    return new NonStaticKey(
        ReportParser.extent(located, header, Optional.empty(), cursor, missing.names()),
        asksAboutInit,
        validatorOff,
        backtrace);
  }
}
