package dev.lockscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UsageStringTest {

  @Test
  void modernQuestionMarkHoldsBothBits() {
    UsageString usage = UsageString.of("+.?.", false);
    assertEquals(List.of(UsageBit.HARDIRQ_ON_W, UsageBit.IN_SOFTIRQ_W, UsageBit.SOFTIRQ_ON_W), usage.setBits());
  }

  @Test
  void sixCharactersCarryReclaimFs() {
    UsageString usage = UsageString.of("+.+.?.", false);
    assertEquals(UsageEncoding.WITH_RECLAIM_FS, usage.encoding());
    assertEquals(BitValue.SET, usage.value(UsageBit.IN_RECLAIM_FS_W));
    assertEquals(BitValue.SET, usage.value(UsageBit.RECLAIM_FS_ON_W));
  }

  @Test
  void legacyPlusHidesTheOnBit() {
    UsageString usage = UsageString.of("++..", true);
    assertEquals(BitValue.SET, usage.value(UsageBit.IN_HARDIRQ_W));
    assertEquals(BitValue.UNKNOWN, usage.value(UsageBit.HARDIRQ_ON_W));
    assertEquals(BitValue.SET, usage.value(UsageBit.IN_SOFTIRQ_W));
    assertEquals(BitValue.CLEAR, usage.value(UsageBit.IN_HARDIRQ_R));
  }

  @Test
  void usageNamesOfEveryEra() {
    assertEquals(UsageBit.IN_HARDIRQ_W, UsageBit.parse("in-hardirq-W").orElseThrow());
    assertEquals(UsageBit.RECLAIM_FS_ON_R, UsageBit.parse("RECLAIM_FS-ON-R").orElseThrow());
    assertEquals(UsageBit.INITIAL_USE, UsageBit.parse("initial-use ").orElseThrow());
    assertEquals(true, UsageBit.isLegacyName("hardirq-on-W"));
    assertEquals(false, UsageBit.isLegacyName("HARDIRQ-ON-W"));
  }

  @Test
  void classNamesCanonicalAcrossEras() {
    assertEquals("zone->lock", new LockClassName("&(&zone->lock)->rlock").canonical().replace("&", ""));
    assertEquals("sb_writers", new LockClassName("sb_writers#3").canonical());
    assertEquals("&type->s_umount_key/1", new LockClassName("&type->s_umount_key#46/1").canonical());
    assertEquals(1, new LockClassName("k-slock-AF_INET6/1").subclass());
  }
}
