package dev.lockscope.replay;

import dev.lockscope.report.LockLine;
import dev.lockscope.report.WaitTypes;
import dev.lockscope.rules.LockTypeRule;
import dev.lockscope.rules.RuleSet;

/** The trace lock type a report's printed wait types {@code -{outer:inner}} stand for, in one numbering. */
final class LockTypes {

  private LockTypes() {}

  static String of(LockLine line, boolean raw, RuleSet rules) {
    WaitTypes printed = Facts.required(line.waitTypes(), "the wait types of " + line.name());
    for (LockTypeRule type : rules.engine().lockTypes()) {
      int inner = rules.engine().waitType(type.inner()).value(raw);
      int outer = type.outer().map(o -> rules.engine().waitType(o).value(raw)).orElse(inner);
      if (inner == printed.inner() && outer == printed.outer()) {
        return type.name();
      }
    }
    throw new Facts.Missing("a lock type with wait types {" + printed.outer() + ":" + printed.inner() + "}");
  }
}
