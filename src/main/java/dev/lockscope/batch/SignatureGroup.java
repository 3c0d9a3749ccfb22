package dev.lockscope.batch;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reports of one signature: one bug, however often and wherever it was hit. It also counts the
 * titles syzbot gives its members: more than one title means title-based grouping splits the bug.
 */
final class SignatureGroup {

  private final String signature;
  private final String kind;
  private final List<String> locks;
  private final Map<String, Long> titles = new LinkedHashMap<>();
  private long reports;

  SignatureGroup(ReportOutcome first) {
    this.signature = first.signature();
    this.kind = first.kind();
    this.locks = first.locks();
  }

  void add(ReportOutcome report) {
    reports++;
    titles.merge(report.title(), 1L, Long::sum);
  }

  String signature() {
    return signature;
  }

  String kind() {
    return kind;
  }

  List<String> locks() {
    return locks;
  }

  long reports() {
    return reports;
  }

  /** The syzbot titles of the members, most frequent first. */
  List<Map.Entry<String, Long>> titles() {
    return Counts.descending(titles);
  }

  /** Largest group first; among equals, the one seen first. */
  static Comparator<SignatureGroup> bySize() {
    return Comparator.comparingLong(SignatureGroup::reports).reversed();
  }
}
