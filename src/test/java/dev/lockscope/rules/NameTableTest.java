package dev.lockscope.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A lookup gives the first matching row in file order, whether exact or wildcard. */
class NameTableTest {

  private record Row(NamePattern pattern, String label) {}

  private static Row row(String pattern, String label) {
    return new Row(new NamePattern(pattern), label);
  }

  private final NameTable<Row> table = new NameTable<>(
      List.of(row("__do_softirq", "exact first"), row("*softirq*", "wildcard"), row("run_ksoftirqd", "exact after"),
          row("irq_exit*", "irq exit"), row("irq_exit_rcu", "shadowed")),
      Row::pattern);

  private String label(String name) {
    return table.first(name).map(Row::label).orElse("none");
  }

  @Test
  void theFirstMatchingRowWins() {
    assertEquals("exact first", label("__do_softirq"));
    assertEquals("wildcard", label("run_ksoftirqd"));
    assertEquals("wildcard", label("handle_softirqs"));
    assertEquals("irq exit", label("irq_exit_rcu"));
    assertEquals("none", label("schedule"));
    assertEquals(Optional.empty(), new NameTable<>(List.<Row>of(), Row::pattern).first("x"));
  }
}
