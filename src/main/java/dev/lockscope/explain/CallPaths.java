package dev.lockscope.explain;

import dev.lockscope.report.Frame;
import dev.lockscope.rules.ContextRule;
import dev.lockscope.rules.FrameRole;
import dev.lockscope.rules.RuleSet;
import dev.lockscope.semantics.TraceAnalysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shortens a trace to the call path a reader needs: a few callers of the locking function, then
 * how that code was entered (a softirq, an interrupt, a system call, a kernel thread).
 */
final class CallPaths {

  private static final int CALLERS_SHOWN = 3;
  private static final Pattern SYSCALL =
      Pattern.compile("^(?:__x64_|__ia32_|__arm64_|__se_|__do_|ksys_)?sys_([a-z0-9_]+)$");

  private final RuleSet rules;

  CallPaths(RuleSet rules) {
    this.rules = rules;
  }

  List<String> path(TraceAnalysis use) {
    return pathFrom(use.callers());
  }

  /** The path to {@code callers.get(0)}: its callers, outermost last, then how it was entered. */
  List<String> pathFrom(List<Frame> callers) {
    List<String> path = new ArrayList<>();
    int plain = 0;
    boolean elided = false;
    for (int i = 1; i < callers.size(); i++) {
      Frame frame = callers.get(i);
      Optional<ContextRule> rule = rules.context(frame.baseFunction());
      Optional<String> syscall = syscall(frame);
      if (syscall.isPresent()) {
        path.add(syscall.get() + "(2)");
        return path;
      }
      if (rule.isPresent() && rule.get().role() != FrameRole.LOCKDEP_INTERNAL
          && rule.get().role() != FrameRole.IRQ_ENABLE_PATH) {
        if (ends(rule.get(), path, frame)) {
          return path;
        }
        continue;
      }
      if (frame.inline()) {
        continue;
      }
      if (plain < CALLERS_SHOWN) {
        path.add(frame.baseFunction() + frame.module().map(m -> " [" + m + "]").orElse(""));
        plain++;
      } else if (!elided) {
        path.add("...");
        elided = true;
      }
    }
    return path;
  }

  /** Adds a context frame to the path; true when the path is complete. */
  private static boolean ends(ContextRule rule, List<String> path, Frame frame) {
    switch (rule.role()) {
      case HARDIRQ_ENTRY, NMI_ENTRY, PROCESS_ENTRY -> {
        path.add(rule.label().orElse(frame.baseFunction()));
        return true;
      }
      case SOFTIRQ_HANDLER -> {
        if (path.stream().noneMatch(p -> p.contains("("))) {
          String label = rule.label().map(l -> " (" + l + ")").orElse("");
          path.add(frame.baseFunction() + label);
        }
        return false;
      }
      default -> {
        if (!frame.inline()) {
          path.add(frame.baseFunction());
        }
        return false;
      }
    }
  }

  private static Optional<String> syscall(Frame frame) {
    Matcher m = SYSCALL.matcher(frame.baseFunction());
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** The label of the hard-interrupt entry on the path, if the use was reached from one. */
  Optional<String> interruptLabel(TraceAnalysis use) {
    for (Frame frame : use.callers()) {
      Optional<ContextRule> rule = rules.context(frame.baseFunction());
      if (rule.isPresent() && rule.get().role() == FrameRole.HARDIRQ_ENTRY) {
        return rule.get().label();
      }
      if (rule.isPresent() && rule.get().role() == FrameRole.PROCESS_ENTRY) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
