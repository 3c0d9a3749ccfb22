package dev.lockscope.replay;

/** What is disabled around an acquisition when it is replayed: nothing, bottom halves, or hard irqs. */
public enum IrqHold {
  NONE,
  BH_OFF,
  IRQS_OFF
}
