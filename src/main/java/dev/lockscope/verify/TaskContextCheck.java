package dev.lockscope.verify;

import dev.lockscope.report.Frame;
import dev.lockscope.report.InvalidWaitContext;
import dev.lockscope.rules.WaitType;
import dev.lockscope.semantics.ExecutionContext;
import dev.lockscope.semantics.TraceAnalysis;
import dev.lockscope.semantics.WaitContextAnalysis;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The task wait context matches the context the backtrace runs in (spec section 4.6): SPIN means
 * a hard interrupt, CONFIG a softirq or a hard interrupt whose handler is threaded, MAX process
 * context. Contexts come from {@code wait-types.tsv}, the backtrace's context from
 * {@code contexts.tsv}.
 */
final class TaskContextCheck implements FindingCheck<InvalidWaitContext> {

  @Override
  public String id() {
    return "task-context";
  }

  @Override
  public CheckResult check(InvalidWaitContext report, FindingEvidence evidence) {
    Optional<WaitContextAnalysis> analysis = evidence.waitContext().filter(a -> !a.allowedContexts().isEmpty());
    Optional<TraceAnalysis> trace = evidence.backtrace();
    if (analysis.isEmpty() || trace.isEmpty()) {
      return CheckResult.unknown(id(), "the task's wait context", "no context number that names a task context, or no backtrace");
    }
    int value = report.context().orElseThrow().value();
    String claim =
        "context-{%d:%d}: %s".formatted(value, value,
            analysis.get().contextTypes().stream().map(WaitType::name).collect(Collectors.joining(" or ")));
    ExecutionContext context = trace.get().context();
    if (context == ExecutionContext.UNKNOWN) {
      return CheckResult.unknown(id(), claim, "no context entry frame in the backtrace");
    }
    String found =
        "acquired in " + context.description()
            + trace.get().contextEntry().map(f -> " (entered via " + f.function() + ")").orElse("");
    int line = trace.get().contextEntry().map(Frame::inputLine).orElse(trace.get().trace().firstLine());
    boolean fits = analysis.get().allowedContexts().contains(context);
    if (!fits && !trace.get().complete()) {
      return CheckResult.unknown(id(), claim, found + ", but the backtrace is cut");
    }
    return CheckResult.of(id(), fits, claim, found, line);
  }
}
