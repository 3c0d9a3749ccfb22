package dev.lockscope.trace;

import dev.lockscope.engine.Interrupt;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;

/**
 * Reads the trace language, one statement per line, streaming (a trace of any length is parsed in
 * constant memory). A {@code #} that starts a word starts a comment, so class names such as
 * {@code sb_writers#3} keep theirs. Syntax errors name the line and what was expected; whether a
 * call exists is the runner's business ({@link TraceRunner}), which knows the rules.
 */
public final class TraceParser {

  private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  private final String source;

  public TraceParser(String source) {
    this.source = source;
  }

  /** Parses a whole text. */
  public List<Statement> parse(String text) {
    List<Statement> statements = new ArrayList<>();
    parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), statements::add);
    return statements;
  }

  /** Parses UTF-8 text line by line, handing each statement on as soon as it is read. */
  public void parse(InputStream in, Consumer<Statement> out) {
    LineSource.forEach(source, in, (line, number) -> {
      Statement statement = parseLine(line, number);
      if (statement != null) {
        out.accept(statement);
      }
    });
  }

  /** One line: a statement, or null for a blank or comment line. */
  Statement parseLine(String raw, int line) {
    int end = commentStart(raw);
    while (end > 0 && isSpace(raw.charAt(end - 1))) {
      end--;
    }
    int start = 0;
    while (start < end && isSpace(raw.charAt(start))) {
      start++;
    }
    if (start == end) {
      return null;
    }
    int wordEnd = start;
    while (wordEnd < end && !isSpace(raw.charAt(wordEnd)) && raw.charAt(wordEnd) != '(') {
      wordEnd++;
    }
    int open = skipSpace(raw, wordEnd, end);
    if (open < end && raw.charAt(open) == '(') {
      return call(raw, start, wordEnd, open, end, line);
    }
    String text = raw.substring(start, end);
    return switch (text.substring(0, wordEnd - start)) {
      case "lock" -> lock(text, words(text), line);
      case "task" -> task(words(text), line);
      case "hardirq" -> hardirq(words(text), line);
      case "softirq" -> interrupt(words(text), line, Interrupt.SOFTIRQ, words(text).size() == 1);
      case "nmi" -> interrupt(words(text), line, Interrupt.NMI, words(text).size() == 1);
      case "end" -> {
        if (!(words(text).size() == 1)) {
      throw TraceException.at(source, line, "'end' stands alone on its line");
    }
        yield new Statement.InterruptEnd(line);
      }
      case "config" -> config(words(text), line);
      default -> throw TraceException.at(source, line, "expected a statement (lock, task, hardirq, softirq, nmi, end, config)"
          + " or a call 'NAME(ARG, ...)', found '" + text + "'");
    };
  }

  /** Where a comment starts: a '#' at the start of the line or after whitespace. */
  private static int commentStart(String raw) {
    int hash = raw.indexOf('#');
    if (hash < 0) {
      return raw.length();
    }
    for (int i = hash; i < raw.length(); i++) {
      if (raw.charAt(i) == '#' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)))) {
        return i;
      }
    }
    return raw.length();
  }

  private Statement hardirq(List<String> words, int line) {
    boolean nothread = words.size() == 2 && words.get(1).equals("nothread");
    return interrupt(words, line, nothread ? Interrupt.HARDIRQ_NOTHREAD : Interrupt.HARDIRQ, words.size() == 1 || nothread);
  }

  private static List<String> words(String text) {
    return List.of(WHITESPACE.split(text));
  }

  private Statement lock(String text, List<String> words, int line) {
    if (!(words.size() >= 3)) {
      throw TraceException.at(source, line, "expected 'lock NAME TYPE [class CLASS]'");
    }
    String name = words.get(1);
    if (!(isName(name))) {
      throw TraceException.at(source, line, "'" + name + "' is not a lock name (no spaces, parentheses, commas, '#' or '@')");
    }
    Optional<String> className = Optional.empty();
    if (words.size() > 3) {
      if (!(words.get(3).equals("class") && words.size() > 4)) {
      throw TraceException.at(source, line, "expected 'class CLASS' after the type, found '" + String.join(" ", words.subList(3, words.size())) + "'");
    }
      int at = text.indexOf(" class ", text.indexOf(words.get(2)) + words.get(2).length() - 1);
      className = Optional.of(text.substring(at + " class ".length()).strip());
    }
    return new Statement.LockDeclaration(line, name, words.get(2), className);
  }

  private Statement task(List<String> words, int line) {
    if (!(words.size() == 2 || (words.size() == 4 && words.get(2).equals("pid")))) {
      throw TraceException.at(source, line, "expected 'task NAME [pid N]'");
    }
    OptionalInt pid = OptionalInt.empty();
    if (words.size() == 4) {
      pid = OptionalInt.of(number(words.get(3), line, "a pid"));
    }
    return new Statement.TaskSwitch(line, words.get(1), pid);
  }

  private Statement interrupt(List<String> words, int line, Interrupt kind, boolean wellFormed) {
    if (!(wellFormed)) {
      throw TraceException.at(source, line, "expected '" + words.get(0) + (kind.isHardirq() ? " [nothread]'" : "' alone on its line"));
    }
    return new Statement.InterruptBegin(line, kind);
  }

  private Statement config(List<String> words, int line) {
    if (!(words.size() == 2 && words.get(1).matches("CONFIG_[A-Z0-9_]+=[yn]"))) {
      throw TraceException.at(source, line, "expected 'config CONFIG_NAME=y' or '=n'");
    }
    String[] setting = words.get(1).split("=");
    return new Statement.ConfigOption(line, setting[0], setting[1].equals("y"));
  }

  /** {@code NAME(ARG, ...) [@ FUNCTION [FILE:LINE]]} between {@code start} and {@code end}, scanned once. */
  private Statement call(String raw, int start, int nameEnd, int open, int end, int line) {
    int close = raw.indexOf(')', open + 1);
    if (!(close > open && close < end)) {
      throw TraceException.at(source, line, "expected ')' to close the call in '" + raw.substring(start, end) + "'");
    }
    if (!(isIdentifier(raw, start, nameEnd, false))) {
      throw TraceException.at(source, line, "'" + raw.substring(start, nameEnd) + "' is not a call name");
    }
    String name = raw.substring(start, nameEnd);
    List<String> args = new ArrayList<>(4);
    int from = open + 1;
    while (from < close) {
      int comma = raw.indexOf(',', from);
      int argEnd = comma < 0 || comma > close ? close : comma;
      int a = skipSpace(raw, from, argEnd);
      int b = argEnd;
      while (b > a && isSpace(raw.charAt(b - 1))) {
        b--;
      }
      if (!(b > a || (args.isEmpty() && argEnd == close))) {
      throw TraceException.at(source, line, "empty argument in " + raw.substring(start, close + 1));
    }
      if (b > a) {
        args.add(raw.substring(a, b));
      }
      from = argEnd + 1;
    }
    return new Statement.Call(line, name, immutable(args), site(raw, close + 1, end, line));
  }

  private static List<String> immutable(List<String> args) {
    return switch (args.size()) {
      case 0 -> List.of();
      case 1 -> List.of(args.get(0));
      case 2 -> List.of(args.get(0), args.get(1));
      default -> List.copyOf(args);
    };
  }

  private static int skipSpace(String text, int from, int end) {
    int i = from;
    while (i < end && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whitespace within a line (the cheap test: a trace is ASCII outside lock and class names). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\u000b' || (c > 127 && Character.isWhitespace(c));
  }

  /** {@code @ FUNCTION [FILE:LINE]} after a call, if present. */
  private Optional<Statement.CallSite> site(String raw, int from, int end, int line) {
    int at = skipSpace(raw, from, end);
    if (at == end) {
      return Optional.empty();
    }
    if (!(raw.charAt(at) == '@')) {
      throw TraceException.at(source, line, "expected '@ FUNCTION [FILE:LINE]' after the call, found '" + raw.substring(at, end) + "'");
    }
    int functionStart = skipSpace(raw, at + 1, end);
    int functionEnd = functionStart;
    while (functionEnd < end && !isSpace(raw.charAt(functionEnd))) {
      functionEnd++;
    }
    if (!(functionEnd > functionStart)) {
      throw TraceException.at(source, line, "expected '@ FUNCTION [FILE:LINE]'");
    }
    if (!(isIdentifier(raw, functionStart, functionEnd, true))) {
      throw TraceException.at(source, line, "'" + raw.substring(functionStart, functionEnd) + "' is not a function name");
    }
    String function = raw.substring(functionStart, functionEnd);
    int locationStart = skipSpace(raw, functionEnd, end);
    if (locationStart == end) {
      return Optional.of(new Statement.CallSite(function, Optional.empty()));
    }
    String location = raw.substring(locationStart, end);
    if (!(isLocation(location))) {
      throw TraceException.at(source, line, "expected FILE:LINE after the function, found '" + location + "'");
    }
    return Optional.of(new Statement.CallSite(function, Optional.of(location)));
  }

  /** {@code text[from, to)} is a C identifier; with {@code dots}, also compiler suffixes such as {@code foo.isra.0}. */
  private static boolean isIdentifier(String text, int from, int to, boolean dots) {
    if (from >= to || !(Character.isLetter(text.charAt(from)) || text.charAt(from) == '_')) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || (dots && c == '.'))) {
        return false;
      }
    }
    return true;
  }

  /** {@code FILE:LINE}: a path without ':' or spaces, then digits. */
  private static boolean isLocation(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1 || text.indexOf(':') != colon) {
      return false;
    }
    for (int i = colon + 1; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isName(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '(' || c == ')' || c == ',' || c == '#' || c == '@') {
        return false;
      }
    }
    return true;
  }

  private int number(String text, int line, String what) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw TraceException.at(source, line, "expected " + what + ", found '" + text + "'");
    }
  }

}
