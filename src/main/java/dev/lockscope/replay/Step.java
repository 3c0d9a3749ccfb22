package dev.lockscope.replay;

/** What happens at the end of a scene, after its held locks are taken. */
public sealed interface Step {

  /** A lock is taken. */
  record Take(Acquisition acquisition) implements Step {}

  /** Hard irqs (or bottom halves) are enabled with the held locks still held. */
  record Enable(boolean bottomHalves, Acquisition.Site site) implements Step {}

  /** A lock that is not held is released. */
  record ReleaseUnheld(String lock, Acquisition.Site site) implements Step {}

  /** The memory of a held lock is freed. */
  record Free(String lock, Acquisition.Site site) implements Step {}

  /** The task exits. */
  record Exit(Acquisition.Site site) implements Step {}

  /** The task returns to user space. */
  record ReturnToUser() implements Step {}
}
