package dev.lockscope.verify;

import dev.lockscope.report.UsageBit;
import dev.lockscope.report.UsageString;
import dev.lockscope.semantics.UsageExclusion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates, for the text of one real report, every single-fact change of what lockdep prints:
 * each usage-string bit at each place it is printed, each irq state word (headers, "which became
 * ...", trace headers), each usage bit named by a header or trace header, each flag of the context
 * tuple, the order and names of a circular chain, the held-lock count, and pids and task names.
 * Each mutation says whether it can be detected from the text at all, and if not why (see
 * {@link Undetectable}); a detectable one must make the report CONTRADICTED.
 */
final class FactMutations {

  /** One fact changed: its family, where, the text after the change, and why it cannot be caught if so. */
  record Mutation(String family, String where, String text, Optional<Undetectable> undetectable) {}

  /** The reasons a changed fact cannot be told from the text; README lists them. */
  enum Undetectable {
    USAGE_BIT_ADDED_LATER("a usage bit added to the last printing of a class, or taken from the first: another CPU may mark"
        + " the class while the report prints (usage only grows), so a later printing may show more bits than an earlier one"),
    USAGE_BIT_UNCONSTRAINED("a bit of a usage string printed once, that the finding is not about, with no usage traces"
        + " printed for the class and that makes no forbidden pair: nothing else in the text says what that bit was"),
    USAGE_BIT_UNVERSIONED_NAME("a usage bit of one printing of a name that is printed several times, before 2.6.30:"
        + " kernels then gave a second class of one name the same name (no #2), so printings of a name that differ"
        + " may be two classes; lockscope warns (class-usage-consistent)"),
    TASK("a task's name or pid in one place: a task may rename itself (exec, PR_SET_NAME) and an exec from a thread"
        + " takes the leader's pid while the report prints, and a dump may be another task's when consoles interleave;"
        + " lockscope warns (task-identity) but does not contradict"),
    CONTEXT_TUPLE("a field of the context tuple that the finding does not depend on: the irq state of a task at the"
        + " moment is free except where lockdep's rule needs it, and how the flags relate to the bracketed counts"
        + " varies between kernel eras (lockscope warns: context-tuple-consistent)");

    final String why;

    Undetectable(String why) {
      this.why = why;
    }
  }

  private static final Pattern USAGE = Pattern.compile("\\(([^()]*(?:\\([^()]*\\)[^()]*)*)\\)\\{([-+.?]{4}|[-+.?]{6})\\}");
  private static final Pattern STATE_WORD = Pattern.compile("\\b(HARDIRQ|SOFTIRQ)(?=-)");
  private static final Pattern BIT_NAME = Pattern.compile("\\b((?:IN-)?(?:HARDIRQ|SOFTIRQ)(?:-ON)?-[WR])\\b");
  private static final Pattern TUPLE = Pattern.compile("\\[HC(\\d)\\[(\\d+)\\]:SC(\\d)\\[(\\d+)\\]:HE(\\d):SE(\\d)\\]");
  private static final Pattern CHAIN_ENTRY = Pattern.compile("^(.*-> #)(\\d+)( \\()");
  private static final Pattern HELD_COUNT = Pattern.compile("\\b(\\d+)( locks? held by )");
  private static final Pattern PID_LINE = Pattern.compile("(CPU: \\d+ (?:UID: \\d+ )?PID: )(\\d+)( Comm: )(\\S+)");
  private static final Pattern TASK_PID = Pattern.compile("^(\\S+)/(\\d+)( is trying to acquire| just changed| is exiting| is freeing|.*takes:)");

  private FactMutations() {}

  /**
   * Every mutation of {@code lines} (the report's own lines) for a report of {@code kind};
   * {@code claims} are the usage bits the report's finding is about.
   */
  static List<Mutation> of(String kind, List<String> lines, Claims claims) {
    List<Mutation> out = new ArrayList<>();
    usageBits(lines, claims, out);
    each(lines, STATE_WORD, "irq state", (m, line) -> List.of(m.group(1).equals("HARDIRQ") ? "SOFTIRQ" : "HARDIRQ"), out, null);
    each(lines, BIT_NAME, "usage bit named", (m, line) -> otherBits(m.group(1)), out, null);
    tuple(lines, claims.tupleFields(), out);
    chain(lines, out);
    each(lines, HELD_COUNT, "held count", (m, line) -> List.of(Integer.toString(Integer.parseInt(m.group(1)) + 1)), out, null);
    pids(lines, out);
    return out;
  }

  /** For each match of {@code pattern}, group 1 replaced by each alternative, one at a time. */
  private interface Alternatives {
    List<String> of(Matcher match, String line);
  }

  private static void each(List<String> lines, Pattern pattern, String family, Alternatives alternatives,
      List<Mutation> out, Undetectable undetectable) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = pattern.matcher(lines.get(i));
      while (m.find()) {
        for (String alternative : alternatives.of(m, lines.get(i))) {
          String line = lines.get(i);
          String changed = line.substring(0, m.start(1)) + alternative + line.substring(m.end(1));
          out.add(new Mutation(family, "line " + (i + 1) + ": " + m.group(1) + " -> " + alternative,
              replaced(lines, i, changed), Optional.ofNullable(undetectable)));
        }
      }
    }
  }

  private static List<String> otherBits(String bit) {
    List<String> others = new ArrayList<>();
    for (String in : List.of("IN-", "")) {
      for (String state : List.of("HARDIRQ", "SOFTIRQ")) {
        for (String rw : List.of("W", "R")) {
          String name = in + state + (in.isEmpty() ? "-ON-" : "-") + rw;
          if (!name.equals(bit)) {
            others.add(name);
          }
        }
      }
    }
    return others;
  }

  /**
   * What the report's finding says about usage bits: the usage-string positions (line index in
   * the report, character position, IN or ON bit) of the bits it is about with the value they must
   * have, and the class whose usage shows a
   * forbidden pair on purpose (an inconsistent lock state's), if any, whether usage strings are of
   * the pre-2.6.30 encoding, and the fields of the context tuple (1 HC, 2 its count, 3 SC, 4 its
   * count, 5 HE, 6 SE) that the finding depends on.
   */
  record Claims(Map<String, Boolean> positions, Optional<String> conflictingClass, boolean legacy, Set<Integer> tupleFields) {
    /** The key of one bit: line index, character position, and whether it is the IN bit. */
    static String position(int line, int character, boolean usedIn) {
      return line + ":" + character + ":" + (usedIn ? "IN" : "ON");
    }
  }

  /**
   * Every bit of every usage string toggled, one at a time, and whether the text can reveal it:
   * a toggle that makes a forbidden pair, that touches a bit the finding is about, or that is in a
   * class block (whose trace headers list the bits) always can; one in a class printed several
   * times can unless it looks like the class gained the bit while the report printed; one in a
   * class printed once cannot.
   */
  private static void usageBits(List<String> lines, Claims claims, List<Mutation> out) {
    Map<String, List<Integer>> printings = new HashMap<>();
    List<Object[]> all = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = USAGE.matcher(lines.get(i));
      int count = 0;
      while (m.find()) {
        count++;
        if (count == 1 && i > 0 && sameLockPrinting(lines.get(i - 1), lines.get(i), m.end())) {
          continue;
        }
        printings.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(all.size());
        all.add(new Object[] {i, m.start(2), m.group(1), m.group(2)});
      }
    }
    for (int index = 0; index < all.size(); index++) {
      Object[] printing = all.get(index);
      int line = (int) printing[0];
      int start = (int) printing[1];
      String name = (String) printing[2];
      String usage = (String) printing[3];
      List<Integer> sameClass = printings.get(name);
      boolean first = sameClass.get(0) == index;
      boolean last = sameClass.get(sameClass.size() - 1) == index;
      String text = lines.get(line);
      for (int position = 0; position < usage.length(); position++) {
        for (boolean in : new boolean[] {true, false}) {
          char c = usage.charAt(position);
          boolean inSet = c == '-' || c == '?';
          boolean onSet = c == '+' || c == '?';
          boolean newIn = in ? !inSet : inSet;
          boolean newOn = in ? onSet : !onSet;
          char toggled = newIn ? (newOn ? '?' : '-') : (newOn ? '+' : '.');
          boolean added = in ? newIn : newOn;
          String changedUsage = usage.substring(0, position) + toggled + usage.substring(position + 1);
          List<String> changed = new ArrayList<>(lines);
          for (int i = line; i < lines.size() && (i == line || sameLockPrinting(lines.get(line), lines.get(i), start)); i++) {
            String each = lines.get(i);
            changed.set(i, each.substring(0, start) + changedUsage + each.substring(start + usage.length()));
          }
          Optional<Undetectable> why = Optional.empty();
          boolean blockHeader = text.strip().endsWith("{");
          boolean usedInBit = claims.legacy() != in;
          Boolean required = claims.positions().get(Claims.position(line, position, usedInBit));
          boolean claimed = required != null && required != added;
          boolean forbidden = !claims.conflictingClass().equals(Optional.of(name)) && forbiddenPair(changedUsage, claims.legacy());
          if (blockHeader || claimed || forbidden) {
            why = Optional.empty();
          } else if (sameClass.size() > 1 && ((added && last) || (!added && first))) {
            why = Optional.of(Undetectable.USAGE_BIT_ADDED_LATER);
          } else if (sameClass.size() > 1 && claims.legacy()) {
            why = Optional.of(Undetectable.USAGE_BIT_UNVERSIONED_NAME);
          } else if (sameClass.size() == 1) {
            why = Optional.of(Undetectable.USAGE_BIT_UNCONSTRAINED);
          }
          out.add(new Mutation("usage bit", "line " + (line + 1) + ": (" + name + "){" + usage + "} -> {" + changedUsage + "}",
              String.join("\n", changed), why));
        }
      }
    }
  }

  /**
   * Whether {@code next} repeats the lock of {@code previous} up to {@code end}: a symbolizer
   * prints one line per inlined frame of a lock's site, all one printing of lockdep's.
   */
  private static boolean sameLockPrinting(String previous, String next, int end) {
    return next.length() >= end && previous.length() >= end && previous.substring(0, end).equals(next.substring(0, end))
        && next.contains(", at:");
  }

  /** Whether a usage string shows two bits lockdep never lets one class have. */
  private static boolean forbiddenPair(String usage, boolean legacy) {
    List<UsageBit> bits = UsageString.of(usage, legacy).setBits();
    UsageExclusion exclusion = new UsageExclusion();
    return bits.stream().anyMatch(one -> bits.stream().anyMatch(other -> exclusion.conflicts(one, other)));
  }

  private static void tuple(List<String> lines, Set<Integer> fields, List<Mutation> out) {
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = TUPLE.matcher(lines.get(i));
      if (!m.find()) {
        continue;
      }
      for (int group = 1; group <= 6; group++) {
        String value = m.group(group);
        boolean count = group == 2 || group == 4;
        String other = count ? (value.equals("0") ? "1" : "0") : (value.equals("0") ? "1" : "0");
        String line = lines.get(i);
        String changed = line.substring(0, m.start(group)) + other + line.substring(m.end(group));
        out.add(new Mutation("context tuple", "line " + (i + 1) + ": group " + group + " " + value + " -> " + other,
            replaced(lines, i, changed), fields.contains(group) ? Optional.empty() : Optional.of(Undetectable.CONTEXT_TUPLE)));
      }
    }
  }

  /** Adjacent chain entries swapped (their numbers exchanged) and an entry renumbered past the chain. */
  private static void chain(List<String> lines, List<Mutation> out) {
    List<Integer> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (CHAIN_ENTRY.matcher(lines.get(i)).find()) {
        entries.add(i);
      }
    }
    for (int k = 0; k + 1 < entries.size(); k++) {
      int a = entries.get(k);
      int b = entries.get(k + 1);
      Matcher ma = CHAIN_ENTRY.matcher(lines.get(a));
      Matcher mb = CHAIN_ENTRY.matcher(lines.get(b));
      ma.find();
      mb.find();
      List<String> swapped = new ArrayList<>(lines);
      swapped.set(a, ma.replaceFirst("$1" + mb.group(2) + "$3"));
      swapped.set(b, mb.replaceFirst("$1" + ma.group(2) + "$3"));
      out.add(new Mutation("chain order", "entries #" + ma.group(2) + " and #" + mb.group(2) + " swapped",
          String.join("\n", swapped), Optional.empty()));
    }
    for (int k = 0; k < entries.size(); k++) {
      for (int other = 0; other < entries.size(); other++) {
        if (other == k) {
          continue;
        }
        Matcher mk = USAGE.matcher(lines.get(entries.get(k)));
        Matcher mo = USAGE.matcher(lines.get(entries.get(other)));
        if (mk.find() && mo.find()) {
          String line = lines.get(entries.get(k));
          String changed = line.substring(0, mk.start(1)) + mo.group(1) + line.substring(mk.end(1));
          out.add(new Mutation("chain name", "entry on line " + (entries.get(k) + 1) + " names " + mo.group(1),
              replaced(lines, entries.get(k), changed), Optional.empty()));
        }
      }
    }
  }

  private static void pids(List<String> lines, List<Mutation> out) {
    for (int i = 0; i < lines.size(); i++) {
      for (Pattern pattern : List.of(PID_LINE, TASK_PID)) {
        Matcher m = pattern.matcher(lines.get(i));
        if (!m.find()) {
          continue;
        }
        String line = lines.get(i);
        int pidGroup = 2;
        String pid = Integer.toString(Integer.parseInt(m.group(pidGroup)) + 1000);
        out.add(new Mutation("pid", "line " + (i + 1) + ": pid " + m.group(pidGroup) + " -> " + pid,
            replaced(lines, i, line.substring(0, m.start(pidGroup)) + pid + line.substring(m.end(pidGroup))),
            Optional.of(Undetectable.TASK)));
        int nameGroup = pattern == PID_LINE ? 4 : 1;
        out.add(new Mutation("task name", "line " + (i + 1) + ": " + m.group(nameGroup) + " -> renamed",
            replaced(lines, i, line.substring(0, m.start(nameGroup)) + "renamed" + line.substring(m.end(nameGroup))),
            Optional.of(Undetectable.TASK)));
      }
    }
  }

  private static String replaced(List<String> lines, int index, String line) {
    List<String> copy = new ArrayList<>(lines);
    copy.set(index, line);
    return String.join("\n", copy);
  }
}
