package dev.lockscope.report;

import dev.lockscope.ingest.ConsoleLine;
import dev.lockscope.ingest.Envelope;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rejoins lines that a mail client or a logger broke in two (or three). A line is the rest of the
 * one before when the two together make a whole line of lockdep's grammar ({@link LineGrammar})
 * and at least one of them alone does not, and the text shows the break: the rest lacks the
 * console prefix its first part has, or the first part is one lockdep never prints alone (a LOCK
 * line whose {@code at:} has no site), or both parts alone are fragments, or the first part fills
 * the width the report is wrapped at so that the rest's first word could not follow it.
 */
final class WrappedLines {

  private static final int MAX_PIECES = 8;
  private static final int MAX_WRAP_WIDTH = 100;
  private static final int MIN_WRAP_WIDTH = 50;
  private static final int NEAR_WIDTH = 10;
  private static final int MIN_LINES_NEAR_WIDTH = 2;
  private static final int TAB_SLACK = 8;
  /** How the next printk fragment of a line starts: it closes a parenthesis or goes on with it. */
  private static final Pattern FRAGMENT_REST = Pattern.compile("^(?:[),:]|#\\d)");

  private final List<ConsoleLine> lines;
  private final OptionalInt width;
  /** Each line's shape, worked out once: a line is looked at as a first part and as a rest. */
  private final LineGrammar.Shape[] shapes;

  private WrappedLines(List<ConsoleLine> lines) {
    this.lines = lines;
    this.width = wrapWidth(lines);
    this.shapes = new LineGrammar.Shape[lines.size()];
  }

  /** The lines with every wrapped line rejoined; the same list when none was. */
  static List<ConsoleLine> rejoin(List<ConsoleLine> lines) {
    return new WrappedLines(lines).rejoined();
  }

  private List<ConsoleLine> rejoined() {
    List<ConsoleLine> out = new ArrayList<>(lines.size());
    boolean changed = false;
    for (int i = 0; i < lines.size(); i++) {
      Join join = joinAt(i);
      if (join.pieces() == 1) {
        out.add(lines.get(i));
        continue;
      }
      out.add(lines.get(i).withText(join.text(), Set.of(Envelope.WRAPPED_LINES)));
      i += join.pieces() - 1;
      changed = true;
    }
    return changed ? out : lines;
  }

  /** How many lines form one line, and its text. */
  private record Join(int pieces, String text) {}

  /**
   * The lines from {@code start} on that form one wrapped line, as many as still make a whole
   * line; one line when it is not wrapped.
   */
  private Join joinAt(int start) {
    ConsoleLine first = lines.get(start);
    Join join = new Join(1, first.text());
    if (first.text().isEmpty()) {
      return join;
    }
    LineGrammar.Shape firstShape = shape(start);
    boolean firstWhole = firstShape == LineGrammar.Shape.WHOLE;
    boolean restUnprefixed = true;
    boolean restFragments = true;
    boolean filled = true;
    boolean printkFragments = true;
    for (int n = 2; n <= MAX_PIECES && start + n - 1 < lines.size(); n++) {
      ConsoleLine previous = lines.get(start + n - 2);
      ConsoleLine rest = lines.get(start + n - 1);
      boolean restWhole = shape(start + n - 1) == LineGrammar.Shape.WHOLE;
      boolean newConsoleLine = rest.prefixed() && firstShape != LineGrammar.Shape.CUT && (!first.prefixed() || restWhole);
      restUnprefixed &= !rest.prefixed();
      restFragments &= !restWhole;
      boolean trusted = first.prefixed() && restUnprefixed;
      if (rest.isBlank() || newConsoleLine || LineGrammar.beginsElement(rest.text()) || !rest.sameChannelAs(first) || (n > 2 && !restFragments && !trusted)) {
        break;
      }
      filled &= fills(previous, rest);
      printkFragments &= continuesFragment(previous, rest);
      boolean prefixBreak = first.prefixed() && restUnprefixed;
      boolean fragmentBreak = firstShape == LineGrammar.Shape.CUT || (!firstWhole && restFragments);
      boolean widthBreak = restUnprefixed && filled;
      boolean broken = prefixBreak || fragmentBreak || widthBreak || printkFragments;
      Optional<String> whole = broken && (!firstWhole || restFragments) ? wholeJoin(start, n) : Optional.empty();
      if (whole.isPresent()) {
        join = new Join(n, whole.get());
      } else if (join.pieces() > 1) {
        break;
      }
    }
    return join;
  }

  private LineGrammar.Shape shape(int index) {
    if (shapes[index] == null) {
      shapes[index] = LineGrammar.shape(lines.get(index).text());
    }
    return shapes[index];
  }

  /** Whether {@code previous} fills the wrap width, so that the first word of {@code rest} did not fit. */
  private boolean fills(ConsoleLine previous, ConsoleLine rest) {
    if (width.isEmpty()) {
      return false;
    }
    String text = rest.text().strip();
    int word = text.indexOf(' ') < 0 ? text.length() : text.indexOf(' ');
    return previous.width() + 1 + word > width.getAsInt() - TAB_SLACK;
  }

  /** Whether {@code rest} goes on with the printk fragment that {@code previous} ends with. */
  private static boolean continuesFragment(ConsoleLine previous, ConsoleLine rest) {
    return previous.text().endsWith("(") || FRAGMENT_REST.matcher(rest.text()).lookingAt();
  }

  /**
   * The pieces joined into one line, if that is a whole line of the grammar: as printk fragments
   * first where they look like ones, then with the blank a mail client's break took.
   */
  private Optional<String> wholeJoin(int start, int pieces) {
    return Stream.of(true, false)
        .map(fragments -> joined(start, pieces, fragments))
        .filter(LineGrammar::whole)
        .findFirst();
  }

  /**
   * The pieces joined again: with the blank a mail client's break took, unless a blank is already
   * there (a client that keeps it at the end of the line, as format=flowed does); as they are
   * where {@code fragments} says a piece may be a printk fragment of its own (it opens a
   * parenthesis, or the next one closes it or goes on with ',', ':' or a {@code #N} class version).
   */
  private String joined(int start, int pieces, boolean fragments) {
    StringBuilder text = new StringBuilder(lines.get(start).text());
    for (int k = 1; k < pieces; k++) {
      String rest = lines.get(start + k).text();
      boolean blankThere = text.charAt(text.length() - 1) == ' ' || rest.startsWith(" ");
      boolean fragment = fragments && (text.charAt(text.length() - 1) == '(' || FRAGMENT_REST.matcher(rest).lookingAt());
      if (!blankThere && !fragment) {
        text.append(' ');
      }
      text.append(rest);
    }
    return text.toString();
  }

  /**
   * The width the report's lines were wrapped at: the longest line, when it is no longer than a
   * mail client's width and several lines come near it.
   */
  private static OptionalInt wrapWidth(List<ConsoleLine> lines) {
    int max = lines.stream().filter(l -> !l.isBlank()).mapToInt(ConsoleLine::width).max().orElse(0);
    long near = lines.stream().filter(l -> !l.isBlank() && l.width() >= max - NEAR_WIDTH).count();
    boolean wrapped = max >= MIN_WRAP_WIDTH && max <= MAX_WRAP_WIDTH && near >= MIN_LINES_NEAR_WIDTH;
    return wrapped ? OptionalInt.of(max) : OptionalInt.empty();
  }
}
