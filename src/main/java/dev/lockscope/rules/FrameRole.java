package dev.lockscope.rules;

/** The role of a frame in a stack trace, from {@code contexts.tsv}. */
public enum FrameRole {
  SOFTIRQ_ENTRY,
  SOFTIRQ_HANDLER,
  HARDIRQ_ENTRY,
  NMI_ENTRY,
  PROCESS_ENTRY,
  IRQ_ENABLE_PATH,
  LOCKDEP_INTERNAL
}
