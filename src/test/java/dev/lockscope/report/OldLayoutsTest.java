package dev.lockscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.ingest.ConsoleLine;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Dumps and tables whose layout differs from today's x86 one, or was lost on the way. */
class OldLayoutsTest {

  private static LineCursor cursor(String... lines) {
    List<ConsoleLine> console = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      console.add(new ConsoleLine(i + 1, lines[i]));
    }
    return new LineCursor(console);
  }

  @Test
  void oldS390DumpNamesItsTaskOnAProcessLineAndPrintsStackWords() {
    Backtrace dump = DumpReader.readBacktrace(cursor(
        "stack backtrace:",
        "CPU: 1 Not tainted 3.3.0-rc2 #8",
        "Process sh (pid: 973, task: 000000003ecb8000, ksp: 000000003b24b898)",
        "000000003b24b930 000000003b24b8b0 0000000000000002 0000000000000000.",
        "       000000003b24b950 000000003b24b8c8 000000003b24b8c8 00000000005da66a.",
        "Call Trace:",
        "([<0000000000100a06>] show_trace+0xee/0x144)",
        " [<0000000000192564>] print_circular_bug+0x220/0x328",
        " [<000003fffcfa46c0>] 0x3fffcfa46c0",
        "INFO: lockdep is turned off."), 2).orElseThrow();
    assertEquals(1, dump.cpu().orElseThrow());
    assertEquals("sh", dump.task().orElseThrow().comm());
    assertEquals(973, dump.task().orElseThrow().pid());
    assertEquals("3.3.0-rc2", dump.release().orElseThrow());
    assertEquals(3, dump.trace().entries().size());
    assertEquals(2, dump.trace().reliableFrames().size(), "the parenthesised frame is not proven to be on the stack");
    assertFalse(dump.trace().truncated());
  }

  @Test
  void aScenarioWhoseBlanksWereStrippedKeepsItsLocksButNotItsColumns() {
    Scenario stripped = ScenarioReader.readScenario(cursor(
        "Possible unsafe locking scenario:",
        "CPU0 CPU1",
        "---- ----",
        "lock(A);",
        "lock(B);",
        "*** DEADLOCK ***"), 1).orElseThrow();
    assertFalse(stripped.layoutKept());
    assertEquals(2, stripped.lockSteps().size());
    Scenario kept = ScenarioReader.readScenario(cursor(
        " Possible unsafe locking scenario:",
        "       CPU0                    CPU1",
        "  lock(A);",
        "                               lock(B);",
        " *** DEADLOCK ***"), 1).orElseThrow();
    assertTrue(kept.layoutKept());
    assertEquals(List.of(0, 1), kept.lockSteps().stream().map(ScenarioStep::cpu).toList());
  }
}
