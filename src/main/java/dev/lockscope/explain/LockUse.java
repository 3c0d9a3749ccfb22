package dev.lockscope.explain;

import java.util.List;

/**
 * One way a lock is used, as an explanation shows it.
 *
 * @param usage the usage bit ({@code SOFTIRQ-ON-W}) or wait types ({@code 3:3}) as printed, empty
 *     when the use has none
 * @param context how the context reads in prose ("in process context with softirqs enabled")
 * @param site the function that took the lock, with {@code file:line} when known
 * @param api the lock call it made ({@code spin_lock()}), empty when unknown
 * @param path the way there, innermost first: callers, then the context entry
 */
public record LockUse(String usage, String context, String site, String api, List<String> path) {

  public LockUse {
    path = List.copyOf(path);
  }
}
