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
    assertEquals("C1", line.channel().caller());
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
    assertEquals(">2", quoted.channel().quote());
    assertEquals(">1", only("> ok so this is a comment").channel().quote());
  }

  @Test
  void journalContinuationIndentIsRemoved() {
    List<ConsoleLine> lines =
        ConsoleNormalizer.normalize("Jul 10 10:00:00 box kernel: WARNING: x\n                            y");
    assertEquals("y", lines.get(1).text());
  }

  @Test
  void wallClockTimesCaretMAndHexEscapesGoAndAreRecorded() {
    ConsoleLine human = only("[Mon Nov 24 12:34:56 2025] WARNING: inconsistent lock state^M");
    assertEquals("WARNING: inconsistent lock state", human.text());
    assertEquals(java.util.Set.of(Envelope.HUMAN_TIME, Envelope.CARRIAGE_RETURN), human.undone());
    List<ConsoleLine> split = ConsoleNormalizer.normalize("Jan  2 03:04:05 h kernel: a\\x0a b");
    assertEquals(List.of("a", " b"), split.stream().map(ConsoleLine::text).toList());
    assertEquals(true, split.get(1).undone().contains(Envelope.HEX_ESCAPE));
  }

  @Test
  void anIndentedLogLosesItsIndentationBeforeThePrefix() {
    ConsoleLine line = only("\t[   12.000001]  #0: ffff (rtnl_mutex){+.+.}-{3:3}, at: x+0x1/0x2");
    assertEquals(" #0: ffff (rtnl_mutex){+.+.}-{3:3}, at: x+0x1/0x2", line.text());
    assertEquals(true, line.undone().contains(Envelope.INDENTATION));
    assertEquals(true, line.prefixed());
  }

  @Test
  void quotedPrintableIsDecodedOnceTheTextShowsItAndSoftBreaksJoin() {
    List<ConsoleLine> lines = ConsoleNormalizer.normalize("a=3Db\nlong line broken by the encod=\ner\nplain");
    assertEquals(List.of("a=b", "long line broken by the encoder", "plain"), lines.stream().map(ConsoleLine::text).toList());
    assertEquals(List.of(1, 2, 4), lines.stream().map(ConsoleLine::number).toList());
    assertEquals(true, lines.get(1).undone().contains(Envelope.QUOTED_PRINTABLE));
  }

  @Test
  void aPlainTextWithEqualsSignsIsNotQuotedPrintable() {
    assertEquals("=====================", only("=====================").text());
    assertEquals("rcu_scheduler_active = 2, max_count=20", only("rcu_scheduler_active = 2, max_count=20").text());
  }

  @Test
  void anUnprefixedLineContinuesTheCallerOfTheLineBefore() {
    List<ConsoleLine> lines = ConsoleNormalizer.normalize("[  1.0][ T7] foo\nrest of foo\n[  1.1][ T8] bar");
    assertEquals(List.of("T7", "T7", "T8"), lines.stream().map(l -> l.channel().caller()).toList());
    assertEquals(List.of(true, false, true), lines.stream().map(ConsoleLine::prefixed).toList());
  }

  @Test
  void severalHostsAreSeveralChannels() {
    List<ConsoleLine> lines =
        ConsoleNormalizer.normalize("Jan  2 03:04:05 alpha kernel: a\nJan  2 03:04:05 beta kernel: b");
    assertEquals(false, lines.get(0).sameChannelAs(lines.get(1)));
    assertEquals(true, lines.get(1).undone().contains(Envelope.SEVERAL_HOSTS));
  }
}
