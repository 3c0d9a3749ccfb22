package dev.lockscope.verify;

import dev.lockscope.report.HeldLocks;
import dev.lockscope.report.TaskRef;
import dev.lockscope.report.TaskSections;
import java.util.List;
import java.util.function.Function;

/**
 * Every held-locks list that prints {@code #i:} lines prints as many as its header announces,
 * numbered 0..n-1 (spec section 2.7). Lockdep prints the lines from the depth it counts, so a
 * mismatch is interleaved or replayed text rather than lockdep contradicting itself: a warning.
 */
final class HeldCountCheck<R> implements FindingCheck<R> {

  private final Function<R, List<HeldLocks>> lists;

  HeldCountCheck(Function<R, List<HeldLocks>> lists) {
    this.lists = lists;
  }

  /** The check on the one list of the current task. */
  static HeldCountCheck<TaskSections> ofTask() {
    return new HeldCountCheck<>(r -> r.heldLocks().stream().toList());
  }

  @Override
  public String id() {
    return "held-count";
  }

  @Override
  public CheckResult check(R report, FindingEvidence evidence) {
    List<HeldLocks> all = lists.apply(report);
    if (all.isEmpty()) {
      return CheckResult.unknown(id(), "the held-locks list", "no held-locks list printed");
    }
    for (HeldLocks held : all) {
      String mismatch = mismatch(held);
      if (!mismatch.isEmpty()) {
        return new CheckResult(id(), Status.WARN, announced(held), mismatch, held.inputLine());
      }
    }
    String claim = all.size() == 1 ? announced(all.get(0)) : all.size() + " held-locks lists";
    return CheckResult.of(id(), true, claim, "each list prints its announced #i: lines in order", all.get(0).inputLine());
  }

  /** What is wrong with one list, or an empty string. */
  private static String mismatch(HeldLocks held) {
    int printed = held.locks().size();
    if (printed > 0 && printed != held.count()) {
      return printed + " #i: lines printed (interleaved or replayed text)";
    }
    for (int i = 0; i < printed; i++) {
      if (held.locks().get(i).index() != i) {
        return "entry " + i + " is numbered #" + held.locks().get(i).index();
      }
    }
    return "";
  }

  static String announced(HeldLocks held) {
    String task = held.task().map(TaskRef::toString).orElse("the task");
    if (held.count() == 0) {
      return "no locks held by " + task;
    }
    return "%d %s held by %s".formatted(held.count(), held.count() == 1 ? "lock" : "locks", task);
  }
}
