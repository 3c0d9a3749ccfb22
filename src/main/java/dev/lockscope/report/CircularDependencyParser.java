package dev.lockscope.report;

import dev.lockscope.ingest.LocatedReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a {@code possible circular locking dependency} report (spec section 4.2). */
final class CircularDependencyParser {

  private static final Pattern CHAIN_START =
      Pattern.compile("^the existing dependency chain \\(in reverse order\\) is:$");
  private static final Pattern ENTRY = Pattern.compile("^-> #(\\d{1,4})\\s*(\\(.*\\)\\{.*):$");

  private CircularDependencyParser() {}

  static CircularDependency parse(LocatedReport located) {
    ReportReading reading = ReportReading.framed(located);
    LineCursor cursor = reading.cursor();
    boolean legacy = ReportParser.legacyUsage(located);
    AcquisitionSections acquisition = AcquisitionSections.read(reading, legacy);
    List<ChainEntry> chain =
        cursor.seek(CHAIN_START, 6).isPresent() ? readChain(cursor, legacy) : List.of();
    reading.require(chain.stream().anyMatch(entry -> entry.index() == 0), "dependency chain down to -> #0");
    Optional<List<LockClassName>> chainExistsOf = ChainExistsOfReader.readChainExistsOf(cursor, 4);
    int chainExistsLine = chainExistsOf.isPresent() ? cursor.lastUsedLine() : 0;
    Optional<Scenario> scenario = ScenarioReader.readScenario(cursor, 6);
    Optional<HeldLocks> held = reading.heldList(12, legacy);
    Optional<Backtrace> backtrace = reading.backtrace(4);
    return new CircularDependency(
        reading.extent(), acquisition.task(), acquisition.next(), acquisition.prev(), chain, chainExistsOf,
        chainExistsLine, scenario, held, backtrace);
  }

  private static List<ChainEntry> readChain(LineCursor cursor, boolean legacy) {
    List<ChainEntry> chain = new ArrayList<>();
    while (!cursor.atEnd()) {
      if (cursor.peek().isBlank()) {
        cursor.skip();
        continue;
      }
      Matcher entry = ENTRY.matcher(cursor.peek().text().trim());
      if (!entry.matches()) {
        break;
      }
      int line = cursor.peek().number();
      Optional<LockLine> lock = LockLineReader.parseLockText(entry.group(2), line, legacy);
      if (lock.isEmpty()) {
        break;
      }
      cursor.next();
      chain.add(new ChainEntry(Numbers.saturatedInt(entry.group(1)), lock.get(), TraceReader.readTrace(cursor)));
    }
    return chain;
  }
}
