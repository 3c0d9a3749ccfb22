package dev.lockscope.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleNormalizerTest {

  private static ConsoleLine only(String raw) {
    List<ConsoleLine> lines = ConsoleNormalizer.normalize(raw);
    assertEquals(1, lines.size(), lines.toString());
    return lines.get(0);
  }

  @Test
  void timestampAndCallerIdAreStrippedAndTheCallerBecomesTheChannel() {
    ConsoleLine line = only("[  860.146481][    C1]  #0: ffff (rtnl_mutex){+.+.}-{3:3}, at: x+0x1/0x2");
    assertEquals(" #0: ffff (rtnl_mutex){+.+.}-{3:3}, at: x+0x1/0x2", line.text());
    assertEquals("C1", line.channel());
  }

  @Test
  void syslogLoglevelAndDmesgPrefixesGo() {
    assertEquals("  lock_acquire+0x1/0x2", only("Jan 22 01:50:07 host kernel: [ 12.5]   lock_acquire+0x1/0x2").text());
    assertEquals("WARNING: inconsistent lock state", only("<4>[    1.000000] WARNING: inconsistent lock state").text());
    assertEquals("x", only("kern  :warn  : [Nov24 14:00] x").text());
    assertEquals("x", only("2024-05-01T10:00:00.123+00:00 host kernel: x").text());
  }

  @Test
  void rsyslogEscapesSplitOneRecordIntoLinesWithOneNumber() {
    List<ConsoleLine> lines = ConsoleNormalizer.normalize("Jan  2 03:04:05 h kernel: a#012 b#011c");
    assertEquals(List.of("a", " b\tc"), lines.stream().map(ConsoleLine::text).toList());
    assertEquals(List.of(1, 1), lines.stream().map(ConsoleLine::number).toList());
  }

  @Test
  void crlfAndLineNumbersSurvive() {
    List<ConsoleLine> lines = ConsoleNormalizer.normalize("a\r\nb\r\n\r\nc");
    assertEquals(List.of("a", "b", "", "c"), lines.stream().map(ConsoleLine::text).toList());
    assertEquals(List.of(1, 2, 3, 4), lines.stream().map(ConsoleLine::number).toList());
  }

  @Test
  void mailQuotingDepthIsTheChannel() {
    ConsoleLine quoted = only(">>  (&skb_queue_lock_key){++..}, at: udp_ioctl+0x50/0xa0");
    assertEquals(" (&skb_queue_lock_key){++..}, at: udp_ioctl+0x50/0xa0", quoted.text());
    assertEquals(">2", quoted.channel());
    assertEquals(">1", only("> ok so this is a comment").channel());
  }

  @Test
  void journalContinuationIndentIsRemoved() {
    List<ConsoleLine> lines =
        ConsoleNormalizer.normalize("Jul 10 10:00:00 box kernel: WARNING: x\n                            y");
    assertEquals("y", lines.get(1).text());
  }
}
