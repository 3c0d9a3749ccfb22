package dev.lockscope.report;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the stack dumps of a report and notes them as missing when they are absent, cut or of
 * another task. A dump is whole when something other than the end of the text ended it, or when it
 * reaches the bottom of a task's stack (a system call entry, a kernel thread's start): a dump that
 * just stops, or stops at {@code [snip]}, before that point was cut.
 */
final class Dumps {

  private final Predicate<Frame> stackBottom;

  /** @param stackBottom whether a frame is the bottom of a task's stack */
  Dumps(Predicate<Frame> stackBottom) {
    this.stackBottom = stackBottom;
  }

  /** The dump after a {@code stack backtrace:} line at most {@code window} lines ahead. */
  Optional<Backtrace> marked(ReportReading reading, int window, String name) {
    return judged(DumpReader.readBacktrace(reading.cursor(), window), reading, name);
  }

  /** A dump printed without a {@code stack backtrace:} line, starting within the window. */
  Optional<Backtrace> bare(ReportReading reading, int window, String name) {
    return judged(DumpReader.readBareDump(reading.cursor(), window), reading, name);
  }

  /**
   * Notes the dump as missing when it is of another task than {@code owner}: lockdep prints the
   * held locks and the dump of the same task, so another task's dump is interleaved output and
   * this report's own dump is not in the text.
   */
  void requireOwner(ReportReading reading, Optional<Backtrace> dump, Optional<TaskRef> owner, String name) {
    Optional<TaskRef> dumped = dump.flatMap(Backtrace::task);
    if (dumped.isPresent() && owner.isPresent() && !dumped.get().equals(owner.get())) {
      reading.require(false, "%s of %s (the dump shown is of %s)".formatted(name, owner.get(), dumped.get()));
    }
  }

  private Optional<Backtrace> judged(Optional<Backtrace> dump, ReportReading reading, String name) {
    if (dump.isEmpty() || dump.get().trace().reliableFrames().isEmpty()) {
      reading.require(false, name);
    } else if (!whole(dump.get().trace())) {
      reading.require(false, name + " (cut before the bottom of the task's stack)");
    }
    return dump;
  }

  private boolean whole(StackTrace trace) {
    return !trace.truncated() || trace.reliableFrames().stream().anyMatch(stackBottom);
  }
}
