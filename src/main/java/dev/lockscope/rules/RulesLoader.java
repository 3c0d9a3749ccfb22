package dev.lockscope.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads the rules files: whitespace-separated columns, the last column taking the rest of the
 * line, {@code #} comments and blank lines ignored. The bundled copy lives in the jar under
 * {@code lockscope/rules/}; a user directory replaces any file it contains.
 */
public final class RulesLoader {

  static final String PRIMITIVES = "primitives.tsv";
  static final String CONTEXTS = "contexts.tsv";
  static final String PSEUDO_LOCKS = "pseudo-locks.tsv";
  static final String SAFE_VARIANTS = "safe-variants.tsv";
  static final String FIX_HINTS = "fix-hints.tsv";
  static final String TITLE_SKIPS = "title-skip.tsv";
  static final String TITLE_FORMATS = "title-formats.tsv";
  static final String TITLE_RENAMES = "title-renames.tsv";
  static final String WAIT_TYPES = "wait-types.tsv";
  static final String LOCK_WAIT_TYPES = "lock-wait-types.tsv";
  static final String RCU_MESSAGES = "rcu-messages.tsv";
  static final String LOCKDEP_LIMITS = "lockdep-limits.tsv";
  static final String REPORT_PATHS = "report-paths.tsv";
  static final String STACK_BOTTOMS = "stack-bottoms.tsv";
  static final String WHY = "why.tsv";
  static final String LOCK_TYPES = "lock-types.tsv";
  static final String TRACE_CALLS = "trace-calls.tsv";
  static final String BUILTIN_LOCKS = "builtin-locks.tsv";
  static final String SIMULATED_FRAMES = "simulated-frames.tsv";
  static final String SLEEP_CHECKS = "sleep-checks.tsv";

  private RulesLoader() {}

  /** The rules bundled in the jar. */
  public static RuleSet bundled() {
    return load(Optional.empty());
  }

  /** The bundled rules with every file present in {@code directory} replacing its bundled copy. */
  public static RuleSet load(Optional<Path> directory) {
    if (directory.isPresent() && !Files.isDirectory(directory.get())) {
      throw new RulesException(directory.get() + ": not a rules directory");
    }
    FindingRules findings = findings(directory);
    return new RuleSet(
        read(directory, PRIMITIVES, 6, RulesLoader::primitive),
        read(directory, CONTEXTS, 3, RulesLoader::context),
        read(directory, PSEUDO_LOCKS, 2, c -> new PseudoLock(new NamePattern(c[0]), c[1])),
        read(directory, SAFE_VARIANTS, 3, c -> new SafeVariant(c[0], c[1], c[2])),
        read(directory, FIX_HINTS, 4, c -> new FixHint(c[0], c[1], c[2], c[3])),
        read(directory, TITLE_SKIPS, 4, RulesLoader::titleSkip),
        read(directory, TITLE_RENAMES, 4, c -> new TitleRename(c[0], c[1], c[2], c[3])),
        findings,
        engine(directory, findings.waitTypes()));
  }

  private static EngineRules engine(Optional<Path> directory, List<WaitType> waitTypes) {
    return new EngineRules(
        read(directory, LOCK_TYPES, 5, LockTypeRule::parse),
        read(directory, TRACE_CALLS, 10, TraceCall::parse),
        read(directory, BUILTIN_LOCKS, 2, c -> new BuiltinLock(c[0], c[1])),
        read(directory, SIMULATED_FRAMES, 2, SimulatedFrames::parse),
        read(directory, SLEEP_CHECKS, 4, SleepCheck::parse),
        waitTypes);
  }

  private static FindingRules findings(Optional<Path> directory) {
    return new FindingRules(
        read(directory, TITLE_FORMATS, 4, TitleFormat::parse),
        read(directory, WAIT_TYPES, 6, WaitType::parse),
        read(directory, LOCK_WAIT_TYPES, 2, LockWaitType::parse),
        read(directory, RCU_MESSAGES, 3, RcuMessage::parse),
        read(directory, LOCKDEP_LIMITS, 4, LockdepLimit::parse),
        read(directory, REPORT_PATHS, 2, c -> new ReportPath(c[0], new NamePattern(c[1]))),
        read(directory, STACK_BOTTOMS, 2, c -> new StackBottom(new NamePattern(c[0]), c[1])),
        read(directory, WHY, 3, c -> new WhyText(c[0], c[1], c[2])));
  }

  private static <T> List<T> read(
      Optional<Path> directory, String file, int columns, Function<String[], T> row) {
    Optional<Path> override = directory.map(d -> d.resolve(file)).filter(Files::isRegularFile);
    String origin = override.map(Path::toString).orElse("bundled rules/" + file);
    String text = override.isPresent() ? readFile(override.get()) : readBundled(file);
    List<T> rows = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\\s+", columns);
      if (cells.length != columns) {
        throw new RulesException(
            "%s:%d: expected %d columns, found %d".formatted(origin, i + 1, columns, cells.length));
      }
      try {
        rows.add(row.apply(cells));
      } catch (IllegalArgumentException e) {
        throw new RulesException("%s:%d: %s".formatted(origin, i + 1, e.getMessage()));
      }
    }
    return rows;
  }

  private static LockPrimitive primitive(String[] c) {
    IrqEffect effect =
        switch (c[3]) {
          case "none" -> IrqEffect.NONE;
          case "softirqs-off" -> IrqEffect.SOFTIRQS_OFF;
          case "hardirqs-off" -> IrqEffect.HARDIRQS_OFF;
          default -> throw new IllegalArgumentException("unknown irq-effect '" + c[3] + "'");
        };
    if (!List.of("write", "read", "read-recursive-in-irq").contains(c[4])) {
      throw new IllegalArgumentException("unknown access '" + c[4] + "'");
    }
    if (!c[5].equals("try") && !c[5].equals("-")) {
      throw new IllegalArgumentException("try column must be 'try' or '-', not '" + c[5] + "'");
    }
    return new LockPrimitive(c[0], c[1], c[2], effect, c[4], c[5].equals("try"));
  }

  private static ContextRule context(String[] c) {
    FrameRole role;
    try {
      role = FrameRole.valueOf(c[1].toUpperCase(Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown role '" + c[1] + "'", e);
    }
    Optional<String> label = c[2].equals("-") ? Optional.empty() : Optional.of(c[2]);
    return new ContextRule(new NamePattern(c[0]), role, label);
  }

  private static TitleSkip titleSkip(String[] c) {
    try {
      return new TitleSkip(java.util.regex.Pattern.compile(c[0]), java.util.Set.of(c[1].split(",")), c[2], c[3]);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new IllegalArgumentException("bad pattern '" + c[0] + "': " + e.getDescription(), e);
    }
  }

  private static String readFile(Path path) {
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RulesException(path + ": cannot read: " + e.getMessage());
    }
  }

  private static String readBundled(String file) {
    try (InputStream in = RulesLoader.class.getResourceAsStream("/lockscope/rules/" + file)) {
      if (in == null) {
        throw new RulesException("bundled rules/" + file + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RulesException("bundled rules/" + file + ": cannot read: " + e.getMessage());
    }
  }
}
