package dev.lockscope.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every kind of lockdep report, with the header lines that announce it in every kernel era (spec
 * section 4). The {@link #id()} strings are part of lockscope's output contract.
 */
public enum ReportKind {
  INCONSISTENT_LOCK_STATE(
      "inconsistent-lock-state", "WARNING: inconsistent lock state", "\\[ INFO: inconsistent lock state \\]"),
  CIRCULAR_DEPENDENCY(
      "circular-dependency",
      "WARNING: possible circular locking dependency detected",
      "\\[ INFO: possible circular locking dependency detected \\]"),
  IRQ_INVERSION(
      "irq-inversion",
      "WARNING: possible irq lock inversion dependency detected",
      "\\[ INFO: possible irq lock inversion dependency detected \\]"),
  IRQ_SAFE_UNSAFE_ORDER(
      "irq-safe-unsafe-order",
      "WARNING: [A-Z_]+(?:-READ)?-safe -> [A-Z_]+(?:-READ)?-unsafe lock order detected",
      "\\[ INFO: [A-Za-z_]+(?:-(?:READ|read))?-(?:irq-)?safe -> [A-Za-z_]+(?:-(?:READ|read))?-(?:irq-)?unsafe lock order detected \\]"),
  RECURSIVE_LOCKING(
      "recursive-locking",
      "WARNING: possible recursive locking detected",
      "\\[ INFO: possible recursive locking detected \\]"),
  BAD_UNLOCK_BALANCE(
      "bad-unlock-balance",
      "WARNING: bad unlock balance detected!",
      "\\[ BUG: bad unlock balance detected! \\]"),
  HELD_LOCK_FREED("held-lock-freed", "WARNING: held lock freed!", "\\[ BUG: held lock freed! \\]"),
  LOCK_HELD_RETURNING(
      "lock-held-returning",
      "WARNING: lock held when returning to user space!",
      "\\[ BUG: lock held when returning to user space! \\]"),
  LOCKS_HELD_AT_EXIT(
      "locks-held-at-exit",
      "WARNING: \\S.* still has locks held!",
      "\\[ BUG: \\S.* still has locks held! \\]"),
  NESTED_LOCK_NOT_TAKEN(
      "nested-lock-not-taken",
      "WARNING: Nested lock was not taken",
      "\\[ BUG: Nested lock was not taken \\]"),
  INVALID_WAIT_CONTEXT("invalid-wait-context", "\\[ BUG: Invalid wait context \\]"),
  SUSPICIOUS_RCU(
      "suspicious-rcu",
      "WARNING: suspicious RCU usage",
      "\\[ INFO: suspicious RCU usage\\. \\]",
      "\\[ INFO: suspicious rcu_dereference_check\\(\\) usage\\. \\]"),
  BAD_CONTENTION(
      "bad-contention", "WARNING: bad contention detected!", "\\[ BUG: bad contention detected! \\]"),
  LOCKDEP_CAPACITY(
      "lockdep-capacity",
      "BUG: MAX_[A-Z_]+ too low!",
      "BUG: looking up invalid subclass: \\d+"),
  NON_STATIC_KEY("non-static-key", "INFO: trying to register non-static key\\.?"),
  LOCKDEP_INTERNAL(
      "lockdep-internal",
      "WARNING: chain_key collision",
      "DEBUG_LOCKS_WARN_ON\\(.*\\)",
      "lockdep bfs error:-?\\d+",
      "BUG: key \\S+ (?:has not been registered!|not in \\.data!)",
      "Detected use-after-free of lock class .*",
      "Looking for class \".*\" with key .*, but found a different class \".*\" with the same key",
      "downgrading a read lock",
      "releasing a pinned lock",
      "pinning an unheld lock",
      "unpinning an unheld lock",
      "unpinning an unpinned lock",
      "pin count corrupted"),
  HELD_LOCKS_DUMP("held-locks-dump", "Showing all locks held in the system:");

  private final String id;
  private final List<Pattern> headers;

  ReportKind(String id, String... headerRegexes) {
    this.id = id;
    this.headers = java.util.Arrays.stream(headerRegexes).map(Pattern::compile).toList();
  }

  /** The stable kind id printed in every output format. */
  public String id() {
    return id;
  }

  /**
   * The kind whose header is {@code line} once trimmed, if any. Cheap for the lines that are not
   * headers: they are rejected by their first character before any regex runs.
   */
  public static Optional<ReportKind> ofLine(String line) {
    return Index.HEADERS.ofLine(line);
  }

  /** Whether {@code line}, once trimmed, is the first part of a header broken in two. */
  public static boolean startsHeader(String line) {
    return Index.HEADERS.startsHeader(line);
  }

  /**
   * Whether an input line, before its console envelope is stripped, may hold a header: it contains
   * one of the keys of the header patterns (their first words). A {@code false} is final.
   */
  public static boolean mayContainHeader(String rawLine) {
    return Index.HEADERS.mayContainHeader(rawLine);
  }

  List<Pattern> headerPatterns() {
    return headers;
  }

  /** Built on first use, once every constant exists. */
  private static final class Index {
    static final HeaderIndex HEADERS = new HeaderIndex(values());
  }

  /** The kind with this contract id, if any. */
  public static Optional<ReportKind> ofId(String id) {
    for (ReportKind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
