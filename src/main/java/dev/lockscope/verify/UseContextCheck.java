package dev.lockscope.verify;

import dev.lockscope.report.UsageBit;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.UsageTraceRules;

/** The trace that set a usage bit runs in a context where lockdep sets that bit. */
final class UseContextCheck extends UseCheck {

  private final UsageTraceRules rules = new UsageTraceRules();

  UseContextCheck(String id, Use use) {
    super(id, use);
  }

  @Override
  CheckResult check(UsageBit usageBit, TraceAnalysis trace) {
    String claim = "the %s sets {%s}".formatted(traceName, usageBit.printedName());
    return CheckResult.from(id(), claim, rules.context(usageBit, trace));
  }
}
