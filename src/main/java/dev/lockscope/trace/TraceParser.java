package dev.lockscope.trace;

import dev.lockscope.engine.Interrupt;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
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

  private final String source;

  public TraceParser(String source) {
    this.source = source;
  }

  /** Parses a whole text. */
  public List<Statement> parse(String text) {
    List<Statement> statements = new ArrayList<>();
    parse(new BufferedReader(new StringReader(text)), statements::add);
    return statements;
  }

  /** Parses line by line, handing each statement on as soon as it is read. */
  public void parse(BufferedReader in, Consumer<Statement> out) {
    try {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        Statement statement = parseLine(line, number);
        if (statement != null) {
          out.accept(statement);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** One line: a statement, or null for a blank or comment line. */
  Statement parseLine(String raw, int line) {
    String text = withoutComment(raw).strip();
    if (text.isEmpty()) {
      return null;
    }
    String keyword = text.substring(0, wordEnd(text, 0));
    return switch (keyword) {
      case "lock" -> lock(text, words(text), line);
      case "task" -> task(words(text), line);
      case "hardirq" -> hardirq(words(text), line);
      case "softirq" -> interrupt(words(text), line, Interrupt.SOFTIRQ, words(text).size() == 1);
      case "nmi" -> interrupt(words(text), line, Interrupt.NMI, words(text).size() == 1);
      case "end" -> {
        expect(words(text).size() == 1, line, "'end' stands alone on its line");
        yield new Statement.InterruptEnd(line);
      }
      case "config" -> config(words(text), line);
      default -> call(text, line);
    };
  }

  private Statement hardirq(List<String> words, int line) {
    boolean nothread = words.size() == 2 && words.get(1).equals("nothread");
    return interrupt(words, line, nothread ? Interrupt.HARDIRQ_NOTHREAD : Interrupt.HARDIRQ, words.size() == 1 || nothread);
  }

  private static String withoutComment(String raw) {
    for (int i = 0; i < raw.length(); i++) {
      if (raw.charAt(i) == '#' && (i == 0 || Character.isWhitespace(raw.charAt(i - 1)))) {
        return raw.substring(0, i);
      }
    }
    return raw;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && text.charAt(i) != '(') {
      i++;
    }
    return i;
  }

  private static List<String> words(String text) {
    return List.of(text.split("\\s+"));
  }

  private Statement lock(String text, List<String> words, int line) {
    expect(words.size() >= 3, line, "expected 'lock NAME TYPE [class CLASS]'");
    String name = words.get(1);
    expect(isName(name), line, "'" + name + "' is not a lock name (no spaces, parentheses, commas, '#' or '@')");
    Optional<String> className = Optional.empty();
    if (words.size() > 3) {
      expect(words.get(3).equals("class") && words.size() > 4, line,
          "expected 'class CLASS' after the type, found '" + String.join(" ", words.subList(3, words.size())) + "'");
      int at = text.indexOf(" class ", text.indexOf(words.get(2)) + words.get(2).length() - 1);
      className = Optional.of(text.substring(at + " class ".length()).strip());
    }
    return new Statement.LockDeclaration(line, name, words.get(2), className);
  }

  private Statement task(List<String> words, int line) {
    expect(words.size() == 2 || (words.size() == 4 && words.get(2).equals("pid")), line, "expected 'task NAME [pid N]'");
    OptionalInt pid = OptionalInt.empty();
    if (words.size() == 4) {
      pid = OptionalInt.of(number(words.get(3), line, "a pid"));
    }
    return new Statement.TaskSwitch(line, words.get(1), pid);
  }

  private Statement interrupt(List<String> words, int line, Interrupt kind, boolean wellFormed) {
    expect(wellFormed, line, "expected '" + words.get(0) + (kind.isHardirq() ? " [nothread]'" : "' alone on its line"));
    return new Statement.InterruptBegin(line, kind);
  }

  private Statement config(List<String> words, int line) {
    expect(words.size() == 2 && words.get(1).matches("CONFIG_[A-Z0-9_]+=[yn]"), line,
        "expected 'config CONFIG_NAME=y' or '=n'");
    String[] setting = words.get(1).split("=");
    return new Statement.ConfigOption(line, setting[0], setting[1].equals("y"));
  }

  private Statement call(String text, int line) {
    int open = text.indexOf('(');
    int close = text.indexOf(')', open + 1);
    expect(open > 0 && close > open, line, "expected a statement (lock, task, hardirq, softirq, nmi, end, config) or a call 'NAME(ARG, ...)', found '" + text + "'");
    String name = text.substring(0, open).strip();
    expect(name.matches("[A-Za-z_][A-Za-z0-9_]*"), line, "'" + name + "' is not a call name");
    String inside = text.substring(open + 1, close).strip();
    List<String> args = new ArrayList<>();
    if (!inside.isEmpty()) {
      for (String arg : inside.split(",", -1)) {
        String trimmed = arg.strip();
        expect(!trimmed.isEmpty(), line, "empty argument in " + name + "(" + inside + ")");
        args.add(trimmed);
      }
    }
    return new Statement.Call(line, name, args, site(text.substring(close + 1).strip(), line));
  }

  private Optional<Statement.CallSite> site(String rest, int line) {
    if (rest.isEmpty()) {
      return Optional.empty();
    }
    expect(rest.startsWith("@"), line, "expected '@ FUNCTION [FILE:LINE]' after the call, found '" + rest + "'");
    List<String> parts = rest.substring(1).isBlank() ? List.of() : words(rest.substring(1).strip());
    expect(!parts.isEmpty() && parts.size() <= 2, line, "expected '@ FUNCTION [FILE:LINE]'");
    String function = parts.get(0);
    expect(function.matches("[A-Za-z_][A-Za-z0-9_.]*"), line, "'" + function + "' is not a function name");
    Optional<String> location = Optional.empty();
    if (parts.size() == 2) {
      expect(parts.get(1).matches("[^:\\s]+:\\d+"), line, "expected FILE:LINE after the function, found '" + parts.get(1) + "'");
      location = Optional.of(parts.get(1));
    }
    return Optional.of(new Statement.CallSite(function, location));
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

  private void expect(boolean condition, int line, String message) {
    if (!condition) {
      throw TraceException.at(source, line, message);
    }
  }
}
