package dev.lockscope.batch;

import dev.lockscope.verify.Verdict;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a whole batch found, gathered record by record in input order (so it is the same whatever
 * the parallelism): counts by kind and verdict, the groups of reports by signature with their
 * syzbot titles, the titles shared by several signatures, and the lock classes most reported.
 * It grows with the number of distinct bugs, titles and classes, not with the number of reports.
 */
final class Summary {

  private long files;
  private long bytes;
  private long reports;
  private long withoutReport;
  private long errors;
  private long internalErrors;
  private final Map<String, Map<Verdict, Long>> byKind = new TreeMap<>();
  private final Map<String, SignatureGroup> groups = new LinkedHashMap<>();
  private final Map<String, Set<String>> signaturesByTitle = new LinkedHashMap<>();
  private final Map<String, Long> lockClasses = new LinkedHashMap<>();
  private final EnumSet<Verdict> verdicts = EnumSet.noneOf(Verdict.class);

  void add(FileRecord record) {
    if (record instanceof FileRecord.Report report) {
      addReport(report.outcome());
    } else if (record instanceof FileRecord.NoReport) {
      withoutReport++;
    } else if (record instanceof FileRecord.ReadError error) {
      errors++;
      internalErrors += error.internal() ? 1 : 0;
    } else if (record instanceof FileRecord.End end) {
      files++;
      bytes += end.bytes();
    }
  }

  private void addReport(ReportOutcome report) {
    reports++;
    internalErrors += report.internalError() ? 1 : 0;
    verdicts.add(report.verdict());
    byKind.computeIfAbsent(report.kind(), k -> new EnumMap<>(Verdict.class)).merge(report.verdict(), 1L, Long::sum);
    groups.computeIfAbsent(report.signature(), s -> new SignatureGroup(report)).add(report);
    signaturesByTitle.computeIfAbsent(report.title(), t -> new LinkedHashSet<>()).add(report.signature());
    report.lockClasses().forEach(lock -> lockClasses.merge(lock, 1L, Long::sum));
  }

  long files() {
    return files;
  }

  long bytes() {
    return bytes;
  }

  long reports() {
    return reports;
  }

  long withoutReport() {
    return withoutReport;
  }

  long errors() {
    return errors;
  }

  /** Inputs and reports lockscope failed on (bugs of its own), among the errors and the reports. */
  long internalErrors() {
    return internalErrors;
  }

  /** Every verdict given to some report. */
  Set<Verdict> verdicts() {
    return EnumSet.copyOf(verdicts);
  }

  /** Report counts by kind id (sorted) and verdict. */
  Map<String, Map<Verdict, Long>> byKind() {
    return byKind;
  }

  /** How many reports have {@code verdict}. */
  long count(Verdict verdict) {
    return byKind.values().stream().mapToLong(counts -> counts.getOrDefault(verdict, 0L)).sum();
  }

  /** Every signature group, largest first. */
  List<SignatureGroup> groups() {
    return groups.values().stream().sorted(SignatureGroup.bySize()).toList();
  }

  /** Titles that syzbot would give to reports of different signatures: wrongly merged bugs. */
  Map<String, Set<String>> mergedTitles() {
    Map<String, Set<String>> merged = new LinkedHashMap<>();
    signaturesByTitle.forEach((title, signatures) -> {
      if (signatures.size() > 1) {
        merged.put(title, signatures);
      }
    });
    return merged;
  }

  /** Lock classes (canonical names) by the number of reports about them, largest first. */
  List<Map.Entry<String, Long>> lockClasses() {
    return Counts.descending(lockClasses);
  }
}
