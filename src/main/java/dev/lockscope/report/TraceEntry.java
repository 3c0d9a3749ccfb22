package dev.lockscope.report;

/** One line of a stack trace: a frame or a stack marker such as {@code <IRQ>}. */
public sealed interface TraceEntry permits Frame, StackMarker {

  /** The input line this entry was read from. */
  int inputLine();

  /** The same entry read from input line {@code line}. */
  TraceEntry at(int line);
}
