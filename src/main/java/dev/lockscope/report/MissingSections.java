package dev.lockscope.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Collects the mandatory sections a parser did not find, in report order. */
final class MissingSections {

  private final List<String> names = new ArrayList<>();

  /** Notes {@code section} as missing unless it is present; returns it unchanged. */
  <T> Optional<T> require(Optional<T> section, String name) {
    require(section.isPresent(), name);
    return section;
  }

  void require(boolean present, String name) {
    if (!present) {
      names.add(name);
    }
  }

  /**
   * Notes the current task's held-locks list as missing when absent or cut: lockdep prints every
   * {@code #i:} line of the current task, so fewer lines than announced means a cut text.
   */
  Optional<HeldLocks> requireHeldList(Optional<HeldLocks> held) {
    if (held.isEmpty()) {
      names.add("held locks list");
    } else if (held.get().locks().size() < held.get().count()) {
      names.add("held locks list (%d announced, %d printed)".formatted(held.get().count(), held.get().locks().size()));
    }
    return held;
  }

  List<String> names() {
    return List.copyOf(names);
  }
}
