package dev.lockscope.semantics;

import dev.lockscope.rules.WaitType;
import java.util.List;
import java.util.Set;

/**
 * What the wait-type numbers of an invalid-wait-context report mean.
 *
 * @param numbering the numbering the printed numbers fit
 * @param numberingReason the printed number that decided it, or why nothing did
 * @param contextTypes what the {@code context-{C:C}} number can stand for under that numbering
 * @param allowedContexts the execution contexts a task with such a wait context runs in
 * @param lockTypes what the acquired lock's outer number can stand for
 * @param limit the strictest wait type allowed by the context and the held locks
 * @param limitTypes what the limit's number can stand for
 */
public record WaitContextAnalysis(
    WaitNumbering numbering,
    String numberingReason,
    List<WaitType> contextTypes,
    Set<ExecutionContext> allowedContexts,
    List<WaitType> lockTypes,
    WaitLimit limit,
    List<WaitType> limitTypes) {

  public WaitContextAnalysis {
    contextTypes = List.copyOf(contextTypes);
    allowedContexts = Set.copyOf(allowedContexts);
    lockTypes = List.copyOf(lockTypes);
    limitTypes = List.copyOf(limitTypes);
  }
}
