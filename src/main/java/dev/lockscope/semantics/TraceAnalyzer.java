package dev.lockscope.semantics;

import dev.lockscope.report.Frame;
import dev.lockscope.report.StackTrace;
import dev.lockscope.rules.ContextRule;
import dev.lockscope.rules.FrameRole;
import dev.lockscope.rules.LockPrimitive;
import dev.lockscope.rules.RuleSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Infers, from a stack trace and the rules, how a lock was taken and in which context (spec
 * sections 10 and 11): skip lockdep's own frames, collect the lock primitive, then walk outward
 * to the nearest frame that enters a context.
 */
public final class TraceAnalyzer {

  /**
   * Which of the primitives around one lock call tells more: the one that changes the irq state
   * more, and at equal effect a trylock (an inlined {@code spin_lock} wrapper says less than the
   * {@code _raw_spin_trylock} body it calls).
   */
  private static final Comparator<LockPrimitive> STRENGTH =
      Comparator.comparing(LockPrimitive::irqEffect).thenComparing(LockPrimitive::trylock);

  private final RuleSet rules;

  public TraceAnalyzer(RuleSet rules) {
    this.rules = rules;
  }

  public TraceAnalysis analyze(StackTrace trace) {
    List<Frame> frames = trace.reliableFrames();
    Optional<LockPrimitive> strongest = Optional.empty();
    Optional<LockPrimitive> outermost = Optional.empty();
    Optional<Frame> primitiveFrame = Optional.empty();
    Optional<Frame> enablePath = Optional.empty();
    int i = 0;
    for (; i < frames.size(); i++) {
      Frame frame = frames.get(i);
      Optional<LockPrimitive> primitive = rules.primitive(frame.baseFunction());
      Optional<FrameRole> role = role(frame);
      if (primitive.isPresent()) {
        if (strongest.isEmpty() || STRENGTH.compare(primitive.get(), strongest.get()) > 0) {
          strongest = primitive;
          primitiveFrame = Optional.of(frame);
        }
        outermost = primitive;
      } else if (enables(role, enablePath.isPresent())) {
        enablePath = Optional.of(frame);
      } else if (!role.equals(Optional.of(FrameRole.LOCKDEP_INTERNAL))) {
        break;
      }
    }
    return walkOutward(trace, frames, i, strongest, outermost, primitiveFrame, enablePath);
  }

  private TraceAnalysis walkOutward(
      StackTrace trace,
      List<Frame> frames,
      int start,
      Optional<LockPrimitive> strongest,
      Optional<LockPrimitive> outermost,
      Optional<Frame> primitiveFrame,
      Optional<Frame> enablePath) {
    Optional<Frame> handler = Optional.empty();
    Optional<String> handlerLabel = Optional.empty();
    for (int j = start; j < frames.size(); j++) {
      Frame frame = frames.get(j);
      Optional<ContextRule> rule = rules.context(frame.baseFunction());
      if (rule.isEmpty()) {
        continue;
      }
      ExecutionContext entered = entered(rule.get().role());
      if (rule.get().role() == FrameRole.SOFTIRQ_HANDLER && handler.isEmpty()) {
        handler = Optional.of(frame);
        handlerLabel = rule.get().label();
      } else if (entered != ExecutionContext.UNKNOWN) {
        return new TraceAnalysis(
            trace, strongest, outermost, primitiveFrame, enablePath,
            frames.subList(start, frames.size()), entered, Optional.of(frame),
            rule.get().label(), handler, handlerLabel, true,
            entered == ExecutionContext.HARDIRQ && servingSoftirqsBelow(frames, j + 1));
      }
    }
    ExecutionContext context = handler.isPresent() ? ExecutionContext.SOFTIRQ : ExecutionContext.UNKNOWN;
    return new TraceAnalysis(
        trace, strongest, outermost, primitiveFrame, enablePath,
        frames.subList(Math.min(start, frames.size()), frames.size()), context, handler,
        handlerLabel, handler, handlerLabel, !trace.truncated(), false);
  }

  /**
   * Whether the code a hard interrupt interrupted was serving softirqs: a softirq entry or handler
   * frame further out, before the task's own entry.
   */
  private boolean servingSoftirqsBelow(List<Frame> frames, int from) {
    for (int j = from; j < frames.size(); j++) {
      Optional<FrameRole> role = role(frames.get(j));
      if (role.equals(Optional.of(FrameRole.PROCESS_ENTRY))) {
        return false;
      }
      if (role.equals(Optional.of(FrameRole.SOFTIRQ_ENTRY)) || role.equals(Optional.of(FrameRole.SOFTIRQ_HANDLER))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a frame belongs to an irq-enable path: an enable frame, or, right after one, the
   * bottom-half enable ({@code __local_bh_enable_ip}) that is otherwise a softirq entry.
   */
  private static boolean enables(Optional<FrameRole> role, boolean onEnablePath) {
    return role.equals(Optional.of(FrameRole.IRQ_ENABLE_PATH))
        || (onEnablePath && role.equals(Optional.of(FrameRole.SOFTIRQ_ENTRY)));
  }

  private Optional<FrameRole> role(Frame frame) {
    return rules.context(frame.baseFunction()).map(ContextRule::role);
  }

  private static ExecutionContext entered(FrameRole role) {
    return switch (role) {
      case SOFTIRQ_ENTRY -> ExecutionContext.SOFTIRQ;
      case HARDIRQ_ENTRY -> ExecutionContext.HARDIRQ;
      case NMI_ENTRY -> ExecutionContext.NMI;
      case PROCESS_ENTRY -> ExecutionContext.PROCESS;
      default -> ExecutionContext.UNKNOWN;
    };
  }
}
