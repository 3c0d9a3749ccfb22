package dev.lockscope.semantics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockscope.report.FrameParser;
import dev.lockscope.report.StackTrace;
import dev.lockscope.report.TraceEntry;
import dev.lockscope.rules.IrqEffect;
import dev.lockscope.rules.RulesLoader;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceAnalyzerTest {

  private final TraceAnalyzer analyzer = new TraceAnalyzer(RulesLoader.bundled());

  private static StackTrace trace(String... lines) {
    List<TraceEntry> entries =
        Arrays.stream(lines).map(l -> FrameParser.parse(l, 1).orElseThrow()).toList();
    return new StackTrace(entries, false);
  }

  @Test
  void softirqOnIrqExitOfATimerInterrupt() {
    TraceAnalysis a = analyzer.analyze(trace(
        "lock_acquire+0x1/0x2", "_raw_spin_lock+0x1/0x2", "my_callback+0x1/0x2",
        "rcu_core+0x1/0x2", "__do_softirq+0x1/0x2", "irq_exit+0x1/0x2", "smp_apic_timer_interrupt+0x1/0x2"));
    assertEquals(ExecutionContext.SOFTIRQ, a.context());
    assertEquals("__do_softirq", a.contextEntry().orElseThrow().function());
    assertEquals("my_callback", a.acquirer().orElseThrow().function());
    assertEquals(IrqEffect.NONE, a.primitive().orElseThrow().irqEffect());
  }

  @Test
  void theStrongestPrimitiveWins() {
    TraceAnalysis a = analyzer.analyze(trace(
        "lock_acquire+0x1/0x2", "__raw_spin_lock+0x1/0x2", "_raw_spin_lock_bh+0x1/0x2", "f+0x1/0x2",
        "do_syscall_64+0x1/0x2"));
    assertEquals(IrqEffect.SOFTIRQS_OFF, a.primitive().orElseThrow().irqEffect());
    assertEquals(ExecutionContext.PROCESS, a.context());
  }

  @Test
  void enablePathIsNotTheLockingCode() {
    TraceAnalysis a = analyzer.analyze(trace(
        "mark_lock+0x1/0x2", "mark_held_locks+0x1/0x2", "lockdep_softirqs_on+0x1/0x2",
        "__local_bh_enable_ip+0x1/0x2", "g+0x1/0x2", "kthread+0x1/0x2"));
    assertEquals("__local_bh_enable_ip", a.enablePath().orElseThrow().function());
    assertEquals("g", a.acquirer().orElseThrow().function());
    assertEquals(ExecutionContext.PROCESS, a.context());
  }

  @Test
  void hardIrqAndUnknown() {
    assertEquals(ExecutionContext.HARDIRQ, analyzer.analyze(trace(
        "_raw_spin_lock+0x1/0x2", "h+0x1/0x2", "handle_irq_event+0x1/0x2")).context());
    assertEquals(ExecutionContext.UNKNOWN, analyzer.analyze(trace("_raw_spin_lock+0x1/0x2", "h+0x1/0x2")).context());
  }
}
