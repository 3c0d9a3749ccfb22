package dev.lockscope.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The event lockdep is processing: its evidence and the path by which lockdep was entered for it
 * (an acquisition through {@code lock_acquire}, irqs being enabled through
 * {@code trace_hardirqs_on}, ...). Gives the traces lockdep would save or print at this point.
 *
 * @param entryFrames lockdep's frames between the caller's primitive and the check, innermost first
 * @param savedFrames the frames a trace saved here starts with ({@code save_trace} skips lockdep's
 *     innermost internals)
 */
record Moment(Evidence evidence, List<String> entryFrames, List<String> savedFrames) {

  private static final List<String> ACQUIRE = List.of("__lock_acquire", "lock_acquire");
  private static final List<String> HARDIRQS_ON = List.of("mark_held_locks", "lockdep_hardirqs_on_prepare", "trace_hardirqs_on");

  static Moment acquisition(Evidence evidence) {
    return new Moment(evidence, ACQUIRE, List.of("lock_acquire"));
  }

  /** Hard irqs being enabled with locks held; {@code throughBhEnable} when local_bh_enable() does it. */
  static Moment hardirqsOn(Evidence evidence, boolean throughBhEnable) {
    List<String> frames = new ArrayList<>(HARDIRQS_ON);
    if (throughBhEnable) {
      frames.add("__local_bh_enable_ip");
    }
    return new Moment(evidence, frames, frames);
  }

  /** An event lockdep handles in {@code function} directly (release, free, exit, RCU). */
  static Moment in(Evidence evidence, List<String> frames) {
    return new Moment(evidence, frames, frames);
  }

  /** The backtrace a report raised here prints: the report's own frames, then the entry path. */
  SavedTrace backtrace(List<String> reportFrames) {
    List<String> frames = new ArrayList<>(reportFrames);
    frames.addAll(entryFrames);
    return new SavedTrace(frames, evidence);
  }

  /** The trace {@code save_trace()} records here: a usage trace. */
  SavedTrace saved() {
    return new SavedTrace(savedFrames, evidence);
  }

  /** The trace of a dependency recorded here: from the lock primitive on. */
  SavedTrace dependency() {
    return new SavedTrace(List.of(), evidence);
  }

  /** The current stack as a report's chain or path prints it. */
  SavedTrace current() {
    return new SavedTrace(entryFrames, evidence);
  }
}
