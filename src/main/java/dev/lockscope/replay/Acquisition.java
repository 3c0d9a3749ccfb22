package dev.lockscope.replay;

import dev.lockscope.report.Frame;
import java.util.List;
import java.util.Optional;

/**
 * One acquisition a report proves, as lockdep saw it: which lock instance (and subclass), whether
 * as a reader (lockdep's read 0, 1, 2) or a trylock, what was disabled first, and where.
 *
 * @param lock the replay's instance id
 * @param primitive the lock call the report shows ({@code spin_lock_bh}), or what the replay
 *     assumed, for explanations and what-if
 * @param site the caller's function and {@code file:line}, when the report names them
 * @param frames every frame of the report's trace for it, innermost first (what a what-if site may name)
 * @param validated whether lockdep checks it and records its dependencies; a lock the report only
 *     shows held (its order against the others is not in the text) is held without
 */
public record Acquisition(
    String lock, int subclass, int read, boolean trylock, IrqHold hold, String primitive, Optional<Site> site, List<Frame> frames,
    boolean validated) {

  /** The primitive of a lock the report shows held, without the call that took it. */
  public static final String HELD = "held";

  public Acquisition {
    frames = List.copyOf(frames);
  }

  public Acquisition(
      String lock, int subclass, int read, boolean trylock, IrqHold hold, String primitive, Optional<Site> site, List<Frame> frames) {
    this(lock, subclass, read, trylock, hold, primitive, site, frames, true);
  }

  /** This acquisition held without lockdep's checks. */
  Acquisition unvalidated() {
    return new Acquisition(lock, subclass, read, trylock, hold, primitive, site, frames, false);
  }

  /** Where a replayed call is made. */
  public record Site(String function, Optional<String> location) {}

  Acquisition withPrimitive(String call, int newRead, boolean newTrylock, IrqHold newHold) {
    return new Acquisition(lock, subclass, newRead, newTrylock, newHold, call, site, frames, validated);
  }

  Acquisition withSubclass(int newSubclass) {
    return new Acquisition(lock, newSubclass, read, trylock, hold, primitive, site, frames, validated);
  }

  Acquisition withLock(String newLock) {
    return new Acquisition(newLock, subclass, read, trylock, hold, primitive, site, frames, validated);
  }
}
