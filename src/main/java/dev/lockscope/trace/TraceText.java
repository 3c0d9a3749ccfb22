package dev.lockscope.trace;

import dev.lockscope.engine.Interrupt;

/** A statement written back in the trace language, so traces made by lockscope can be read and rerun. */
public final class TraceText {

  private TraceText() {}

  public static String of(Statement statement) {
    if (statement instanceof Statement.LockDeclaration lock) {
      return "lock " + lock.name() + " " + lock.type() + lock.className().map(c -> " class " + c).orElse("");
    }
    if (statement instanceof Statement.TaskSwitch task) {
      return "task " + task.name() + (task.pid().isPresent() ? " pid " + task.pid().getAsInt() : "");
    }
    if (statement instanceof Statement.InterruptBegin begin) {
      return begin.kind() == Interrupt.HARDIRQ_NOTHREAD ? "hardirq nothread" : begin.kind().contextName();
    }
    if (statement instanceof Statement.InterruptEnd) {
      return "end";
    }
    if (statement instanceof Statement.ConfigOption option) {
      return "config " + option.option() + "=" + (option.enabled() ? "y" : "n");
    }
    Statement.Call call = (Statement.Call) statement;
    return call.name() + "(" + String.join(", ", call.args()) + ")"
        + call.site().map(s -> " @ " + s.function() + s.location().map(l -> " " + l).orElse("")).orElse("");
  }
}
