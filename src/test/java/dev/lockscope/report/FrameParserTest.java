package dev.lockscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameParserTest {

  private static Frame frame(String text) {
    return (Frame) FrameParser.parse(text, 7).orElseThrow(() -> new AssertionError("not a frame: " + text));
  }

  @Test
  void symbolizedFrame() {
    Frame f = frame(" rxrpc_put_client_connection_id+0x51/0xb0 net/rxrpc/conn_client.c:138");
    assertEquals("rxrpc_put_client_connection_id", f.function());
    assertEquals("net/rxrpc/conn_client.c:138", f.location().orElseThrow());
    assertEquals(7, f.inputLine());
  }

  @Test
  void inlineFrameIsNotAModule() {
    Frame f = frame("  spin_lock include/linux/spinlock.h:338 [inline]");
    assertTrue(f.inline());
    assertTrue(f.module().isEmpty());
  }

  @Test
  void oldAddressFormsModulesAndUnreliableFrames() {
    Frame old = frame("  [<ffffffff881c9517>] queue_packet_complete+0x27/0x40 [ieee1394]");
    assertEquals("ffffffff881c9517", old.address().orElseThrow());
    assertEquals("ieee1394", old.module().orElseThrow());
    assertTrue(frame("  [<784fd0d6>] ? printk+0xf/0x11").unreliable());
    assertTrue(frame(" ? __lock_acquire+0x1/0x2").unreliable());
  }

  @Test
  void armFrameAndCompilerSuffix() {
    assertEquals("sdhci_irq", frame("[<c035f0e4>] (sdhci_irq+0x10/0x90) from [<c0063b7c>] (handle_irq_event+0x4c/0x70)").function());
    assertEquals("print_usage_bug", frame("print_usage_bug.cold.63+0x31b/0x36c").baseFunction());
  }

  @Test
  void markersAndNonFrames() {
    assertEquals("/IRQ", ((StackMarker) FrameParser.parse(" </IRQ>", 1).orElseThrow()).name());
    assertTrue(FrameParser.parse("irq event stamp: 140490", 1).isEmpty());
    assertTrue(FrameParser.parse("Hardware name: Google", 1).isEmpty());
  }

  @Test
  void framesOfOtherArchitectures() {
    Frame guessed = frame("([<0000000000100a06>] show_trace+0xee/0x144)");
    assertEquals("show_trace", guessed.function());
    assertTrue(guessed.unreliable(), "s390 prints the frame found from the return register in parentheses");
    assertEquals("sk_common_release", frame(" [c00000000e3c7b90] [c000000000b2e1f4] .sk_common_release+0x34/0x150").baseFunction());
    Frame armCaller = frame(" lock_acquire from _raw_spin_lock_irqsave+0x5c/0x70");
    assertEquals("lock_acquire", armCaller.function());
    assertTrue(armCaller.address().isEmpty());
    assertTrue(FrameParser.parse("(not a frame)", 1).isEmpty());
  }
}
