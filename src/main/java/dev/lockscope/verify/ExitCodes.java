package dev.lockscope.verify;

import java.util.Collection;
import java.util.List;

/**
 * The exit codes of {@code check}, {@code explain} and {@code batch}; part of the output contract.
 */
public final class ExitCodes {

  public static final int ALL_CONFIRMED = 0;
  public static final int CONTRADICTED = 1;
  public static final int USAGE_OR_IO_ERROR = 2;
  public static final int NO_REPORT = 3;
  public static final int INCOMPLETE = 4;
  /** Lockscope failed on some report or input: a bug of its own. Never 0, never 1. */
  public static final int INTERNAL_ERROR = 5;

  private ExitCodes() {}

  /** The exit code for the results of all inputs of one command. */
  public static int of(List<SourceResult> results) {
    if (results.stream().flatMap(r -> r.reports().stream()).anyMatch(Verification::internalError)) {
      return INTERNAL_ERROR;
    }
    List<Verdict> verdicts =
        results.stream().flatMap(r -> r.reports().stream()).map(Verification::verdict).toList();
    return verdicts.isEmpty() ? NO_REPORT : ofVerdicts(verdicts);
  }

  /**
   * The exit code for the verdicts of a batch: the worst one; a batch without any report has
   * nothing unconfirmed.
   */
  public static int ofVerdicts(Collection<Verdict> verdicts) {
    if (verdicts.contains(Verdict.CONTRADICTED)) {
      return CONTRADICTED;
    }
    return verdicts.contains(Verdict.INCOMPLETE) ? INCOMPLETE : ALL_CONFIRMED;
  }
}
