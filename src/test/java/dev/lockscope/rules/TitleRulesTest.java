package dev.lockscope.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One test per row of the title rules that carry syzkaller's behaviour over: each row of
 * {@code title-skip.tsv} keeps its example function out of the titles of its kinds, and a row for
 * some kinds only does not keep it out of another kind's titles; each row of
 * {@code title-renames.tsv} writes its example as the system call.
 */
class TitleRulesTest {

  private static final RuleSet RULES = RulesLoader.bundled();
  /** A kind that no kind-restricted row names. */
  private static final String OTHER_KIND = "suspicious-rcu";

  static Stream<TitleSkip> skips() {
    return RULES.titleSkips().stream();
  }

  static Stream<TitleRename> renames() {
    return RULES.titleRenames().stream();
  }

  private static String kindOf(TitleSkip row) {
    return row.kinds().contains("*") ? "circular-dependency" : row.kinds().iterator().next();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("skips")
  void eachSkipRowKeepsItsExampleOutOfItsKindsTitles(TitleSkip row) {
    String kind = kindOf(row);
    assertTrue(row.skips(kind, row.example()), row.pattern() + " skips " + row.example());
    assertTrue(RULES.skippedInTitles(kind, row.example()));
    if (!row.kinds().contains("*")) {
      List<TitleSkip> others = RULES.titleSkips().stream().filter(r -> r != row).toList();
      assertFalse(others.stream().anyMatch(r -> r.skips(OTHER_KIND, row.example())) || row.skips(OTHER_KIND, row.example()),
          row.example() + " stays nameable in " + OTHER_KIND + " titles");
    }
    assertTrue(row.why().startsWith("syzkaller"), "the row says which syzkaller behaviour it carries over");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renames")
  void eachRenameRowWritesItsExampleAsTheSystemCall(TitleRename row) {
    String call = row.example().substring(row.prefix().length());
    assertEquals(row.replacement() + call, RULES.titleFunction(row.example()));
    assertEquals(call, RULES.titleFunction(call), "a function without the prefix stays as it is");
    assertTrue(row.why().startsWith("syzkaller"), "the row says which syzkaller behaviour it carries over");
  }
}
