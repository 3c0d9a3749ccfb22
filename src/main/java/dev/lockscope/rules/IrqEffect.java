package dev.lockscope.rules;

/** What a lock primitive does to the irq state before lockdep sees the acquisition. */
public enum IrqEffect {
  NONE,
  SOFTIRQS_OFF,
  HARDIRQS_OFF
}
