package dev.lockscope.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockscope.SharedFiles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole logs: several reports in one input, and replays. */
class MessyLogTest {

  private static String oracle(String name) {
    return SharedFiles.read(SharedFiles.shared().resolve("oracle/logs/" + name + ".log"));
  }

  @Test
  void severalReportsComeOutInInputOrder() {
    String log = oracle("abc_cycle") + oracle("softirq_inconsistent") + "\nsome other output\n" + oracle("softirq_inversion");
    List<String> kinds = Verifications.of(log).stream().map(Verification::kind).toList();
    assertEquals(List.of("circular-dependency", "inconsistent-lock-state", "irq-inversion"), kinds);
  }

  @Test
  void aReplayedReportIsReportedOnce() {
    String report = oracle("abba_mutex");
    assertEquals(1, Verifications.of(report + "\n" + report).size());
  }
}
