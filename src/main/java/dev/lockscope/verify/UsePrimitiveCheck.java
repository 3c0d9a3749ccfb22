package dev.lockscope.verify;

import dev.lockscope.report.UsageBit;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.UsageTraceRules;

/** The lock primitive of the trace that set a usage bit can set that bit. */
final class UsePrimitiveCheck extends UseCheck {

  private final UsageTraceRules rules = new UsageTraceRules();

  UsePrimitiveCheck(String id, Use use) {
    super(id, use);
  }

  @Override
  CheckResult check(UsageBit usageBit, TraceAnalysis trace) {
    String claim = "the %s's lock call sets {%s}".formatted(traceName, usageBit.printedName());
    return CheckResult.from(id(), claim, rules.primitive(usageBit, trace));
  }
}
