package dev.lockscope.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import dev.lockscope.ingest.ReportKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
  static final String WHATIF_LIMITS = "whatif-limits.tsv";

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
    Origins origins = new Origins();
    FindingRules findings = findings(directory, origins);
    return new RuleSet(
        read(directory, Layout.of(PRIMITIVES, 6).key(0), RulesLoader::primitive, origins),
        read(directory, Layout.of(CONTEXTS, 3).key(0), RulesLoader::context, origins),
        read(directory, Layout.of(PSEUDO_LOCKS, 2).key(0), c -> new PseudoLock(new NamePattern(c[0]), c[1]), origins),
        read(directory, Layout.of(SAFE_VARIANTS, 3).key(0, 1), c -> new SafeVariant(c[0], c[1], c[2]), origins),
        read(directory, Layout.of(FIX_HINTS, 4).kinds(0), c -> new FixHint(c[0], c[1], c[2], c[3]), origins),
        read(directory, Layout.of(TITLE_SKIPS, 4).key(0).kinds(1), RulesLoader::titleSkip, origins),
        read(directory, Layout.of(TITLE_RENAMES, 4).key(0), c -> new TitleRename(c[0], c[1], c[2], c[3]), origins),
        findings,
        engine(directory, findings.waitTypes(), origins),
        read(directory, Layout.of(WHATIF_LIMITS, 2).key(0), WhatIfLimit::parse, origins));
  }

  private static EngineRules engine(Optional<Path> directory, List<WaitType> waitTypes, Origins origins) {
    return new EngineRules(
        read(directory, Layout.of(LOCK_TYPES, 5).key(0), LockTypeRule::parse, origins),
        read(directory, Layout.of(TRACE_CALLS, 10).key(0), TraceCall::parse, origins),
        read(directory, Layout.of(BUILTIN_LOCKS, 2).key(0), c -> new BuiltinLock(c[0], c[1]), origins),
        read(directory, Layout.of(SIMULATED_FRAMES, 2).key(0), SimulatedFrames::parse, origins),
        read(directory, Layout.of(SLEEP_CHECKS, 4).key(0), SleepCheck::parse, origins),
        waitTypes,
        origins);
  }

  private static FindingRules findings(Optional<Path> directory, Origins origins) {
    return new FindingRules(
        read(directory, Layout.of(TITLE_FORMATS, 4).key(0, 1, 2).kinds(0), TitleFormat::parse, origins),
        read(directory, Layout.of(WAIT_TYPES, 6).key(0), WaitType::parse, origins),
        read(directory, Layout.of(LOCK_WAIT_TYPES, 2).key(0), LockWaitType::parse, origins),
        read(directory, Layout.of(RCU_MESSAGES, 3).key(2), RcuMessage::parse, origins),
        read(directory, Layout.of(LOCKDEP_LIMITS, 4).key(0), LockdepLimit::parse, origins),
        read(directory, Layout.of(REPORT_PATHS, 2).key(0, 1).kinds(0), c -> new ReportPath(c[0], new NamePattern(c[1])), origins),
        read(directory, Layout.of(STACK_BOTTOMS, 2).key(0), c -> new StackBottom(new NamePattern(c[0]), c[1]), origins),
        read(directory, Layout.of(WHY, 3).key(0, 1).kinds(0), c -> new WhyText(c[0], c[1], c[2]), origins));
  }

  /**
   * How a rules file is checked besides its column count: the cells that make a row's key (two
   * rows with one key are a duplicate or a contradiction, either way an error), and the column that
   * names report kinds (ids of {@link ReportKind}, {@code *}, or a comma-separated list of ids).
   */
  private record Layout(String file, int columns, int[] key, int kindColumn) {

    static Layout of(String file, int columns) {
      return new Layout(file, columns, new int[0], -1);
    }

    Layout key(int... cells) {
      return new Layout(file, columns, cells, kindColumn);
    }

    Layout kinds(int column) {
      return new Layout(file, columns, key, column);
    }

    /** The row's key, empty when rows have none. */
    Optional<String> keyOf(String[] cells) {
      if (key.length == 0) {
        return Optional.empty();
      }
      StringBuilder joined = new StringBuilder();
      for (int cell : key) {
        joined.append(joined.length() == 0 ? "" : " ").append(cells[cell]);
      }
      return Optional.of(joined.toString());
    }

    void checkKinds(String[] cells) {
      if (kindColumn < 0 || cells[kindColumn].equals("*")) {
        return;
      }
      for (String kind : cells[kindColumn].split(",", -1)) {
        if (ReportKind.ofId(kind).isEmpty()) {
          throw new IllegalArgumentException("unknown report kind '" + kind + "'");
        }
      }
    }
  }

  private static <T> List<T> read(Optional<Path> directory, Layout layout, Function<String[], T> row, Origins origins) {
    String file = layout.file();
    Optional<Path> override = directory.map(d -> d.resolve(file)).filter(Files::isRegularFile);
    String origin = override.map(Path::toString).orElse("bundled rules/" + file);
    String text = override.isPresent() ? readFile(override.get()) : readBundled(file);
    List<T> rows = new ArrayList<>();
    Map<String, Integer> keys = new HashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = origin + ":" + (i + 1);
      String[] cells = line.split("\\s+", layout.columns());
      if (cells.length != layout.columns()) {
        throw new RulesException("%s: expected %d columns, found %d".formatted(where, layout.columns(), cells.length));
      }
      Optional<String> key = layout.keyOf(cells);
      if (key.isPresent() && keys.containsKey(key.get())) {
        throw new RulesException("%s: '%s' is already defined at line %d (a duplicate or a contradiction)"
            .formatted(where, key.get(), keys.get(key.get())));
      }
      T value;
      try {
        layout.checkKinds(cells);
        value = row.apply(cells);
      } catch (IllegalArgumentException e) {
        throw new RulesException(where + ": " + e.getMessage());
      }
      final int number = i + 1;
      key.ifPresent(k -> keys.put(k, number));
      origins.put(value, where);
      rows.add(value);
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
