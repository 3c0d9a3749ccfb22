package dev.lockscope.report;

import java.util.Optional;

/**
 * An {@code INFO: trying to register non-static key.} report (spec section 4.15): a lock was used
 * whose class key is neither static nor registered, nearly always a lock used before its
 * initialisation or after the object holding it was freed. Lockdep turns itself off; the lock is
 * not named, only the stack shows where it was taken.
 *
 * @param asksAboutInit whether the 5.13+ wording ({@code you didn't initialize this object before
 *     use?}) was printed
 * @param validatorOffLine the input line of {@code turning off the locking correctness validator.}
 * @param backtrace the stack of the lock use
 */
public record NonStaticKey(
    ReportExtent extent, boolean asksAboutInit, Optional<Integer> validatorOffLine, Optional<Backtrace> backtrace)
    implements LockdepReport, WithBacktrace {}
