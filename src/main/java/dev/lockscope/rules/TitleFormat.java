package dev.lockscope.rules;

import java.util.Locale;

/**
 * One row of {@code title-formats.tsv}: how syzbot titles a report kind. Rows of one kind are
 * tried in file order; the first whose style matches the header and whose function source yields
 * a function wins, so a row with source {@code -} is the fallback for a cut report.
 *
 * @param kind the report kind id
 * @param style which header form the row is for
 * @param source where the function named by {@code {func}} comes from
 * @param format the title, with {@code {func}} and {@code {header}} placeholders
 */
public record TitleFormat(String kind, Style style, Source source, String format) {

  /** The header form: {@code [ BUG: ... ]}/{@code [ INFO: ... ]} (old) or anything else (modern). */
  public enum Style {
    MODERN,
    OLD,
    ANY;

    /** Whether a report with this header is titled by a row of this style. */
    public boolean matches(String header) {
      boolean old = header.startsWith("[");
      return this == ANY || (this == OLD) == old;
    }
  }

  /** Where the title's function comes from. */
  public enum Source {
    /** The first backtrace frame that {@code title-skip.tsv} does not skip. */
    BACKTRACE,
    /** The {@code at:} site of the lock the report is about. */
    LOCK_SITE,
    /** The {@code at:} site of the first held lock. */
    HELD_SITE,
    /** No function: the fallback when none can be found. */
    NONE
  }

  static TitleFormat parse(String[] c) {
    return new TitleFormat(c[0], enumValue(Style.class, c[1]), enumValue(Source.class, c[2].equals("-") ? "none" : c[2]), c[3]);
  }

  static <E extends Enum<E>> E enumValue(Class<E> type, String text) {
    try {
      return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown " + type.getSimpleName().toLowerCase(Locale.ROOT) + " '" + text + "'", e);
    }
  }
}
