package dev.lockscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockscope.ingest.ConsoleLine;
import dev.lockscope.ingest.ConsoleNormalizer;
import dev.lockscope.ingest.Envelope;
import dev.lockscope.ingest.LocatedReport;
import dev.lockscope.ingest.ReportKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What is undone on a report as a whole: wrapping, indentation, dash escaping, doubled blanks. */
class ReportEnvelopeTest {

  private static List<String> undone(String text) {
    List<ConsoleLine> lines = ConsoleNormalizer.normalize(text);
    return ReportEnvelope.undo(new LocatedReport(ReportKind.CIRCULAR_DEPENDENCY, lines, List.of())).lines().stream()
        .map(ConsoleLine::text).toList();
  }

  @Test
  void aLockLineWhoseSiteWentToTheNextLineIsJoined() {
    assertEquals(
        List.of("WARNING: possible circular locking dependency detected", "ffff888012345678 (&a){+.+.}-{3:3}, at: foo+0x1/0x2"),
        undone("WARNING: possible circular locking dependency detected\nffff888012345678 (&a){+.+.}-{3:3}, at:\nfoo+0x1/0x2"));
  }

  @Test
  void aFrameWhoseFileWentToALineWithoutTimestampIsJoined() {
    List<String> lines =
        undone("[  1.0] WARNING: possible circular locking dependency detected\n[  1.1]  lock_acquire+0x1/0x2\nkernel/locking/lockdep.c:5754\n[  1.2]  foo+0x1/0x2");
    assertEquals(" lock_acquire+0x1/0x2 kernel/locking/lockdep.c:5754", lines.get(1));
    assertEquals(3, lines.size());
  }

  @Test
  void twoWholeLinesStayTwoLines() {
    List<String> lines = undone("WARNING: possible circular locking dependency detected\n  foo+0x1/0x2\n  bar+0x1/0x2");
    assertEquals(3, lines.size());
  }

  @Test
  void aSentenceBrokenAtTheWrapWidthIsJoinedButAShortLineIsNot() {
    String wrapped = "WARNING: possible circular locking dependency detected\n"
        + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/1234 is trying to\nacquire lock:\n"
        + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx:\n"
        + "but task is\nalready holding lock:";
    List<String> lines = undone(wrapped);
    assertEquals("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/1234 is trying to acquire lock:", lines.get(1));
    assertEquals("but task is", lines.get(3));
  }

  @Test
  void dashEscapingIndentationAndDoubledBlankLinesAreUndone() {
    String text = "    WARNING: possible circular locking dependency detected\n\n    - ------\n\n    a/1 is trying to acquire lock:\n\n"
        + "    ffff888012345678 (&a){+.+.}-{3:3}, at: foo+0x1/0x2\n\n\n\n    but task is already holding lock:\n\n    x\n\n";
    assertEquals(
        List.of("WARNING: possible circular locking dependency detected", "------", "a/1 is trying to acquire lock:",
            "ffff888012345678 (&a){+.+.}-{3:3}, at: foo+0x1/0x2", "", "but task is already holding lock:", "x"),
        undone(text));
  }

  @Test
  void everyUndoneEnvelopeIsListedOnTheReport() {
    LockdepReport report = ReportParser.parse(new LocatedReport(ReportKind.CIRCULAR_DEPENDENCY,
        ConsoleNormalizer.normalize("> [  1.0] WARNING: possible circular locking dependency detected\n> [  1.1] ------\n"), List.of()));
    assertTrue(report.extent().envelope().containsAll(List.of(Envelope.MAIL_QUOTE, Envelope.TIMESTAMP)));
  }
}
