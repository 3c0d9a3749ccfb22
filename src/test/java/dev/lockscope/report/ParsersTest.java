package dev.lockscope.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lockscope.ingest.ConsoleLine;
import dev.lockscope.ingest.LocatedReport;
import dev.lockscope.ingest.ReportKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every report kind has a parser, which copes even with a report that is only its header. */
class ParsersTest {

  @ParameterizedTest
  @EnumSource(ReportKind.class)
  void everyKindIsParsedEvenWhenOnlyItsHeaderSurvived(ReportKind kind) {
    LocatedReport located =
        new LocatedReport(kind, List.of(new ConsoleLine(1, "header of " + kind.id())), List.of());
    LockdepReport report = ReportParser.parse(located);
    assertEquals(kind, report.extent().kind());
  }
}
