package dev.lockscope.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Rows of a rules file looked up by a function or class name: the first row, in file order, whose
 * {@link NamePattern} matches. Rows without '*' are found by hashing, so a lookup scans only the
 * wildcard rows (it runs for every frame of every report).
 */
final class NameTable<T> {

  private final List<T> rows;
  private final Function<T, NamePattern> pattern;
  private final Map<String, Integer> exactRows = new HashMap<>();
  private final List<Integer> wildcardRows;

  NameTable(List<T> rows, Function<T, NamePattern> pattern) {
    this.rows = List.copyOf(rows);
    this.pattern = pattern;
    for (int i = this.rows.size() - 1; i >= 0; i--) {
      String text = pattern.apply(this.rows.get(i)).text();
      if (text.indexOf('*') < 0) {
        exactRows.put(text, i);
      }
    }
    this.wildcardRows = IntStream.range(0, this.rows.size())
        .filter(i -> pattern.apply(this.rows.get(i)).text().indexOf('*') >= 0)
        .boxed()
        .toList();
  }

  Optional<T> first(String name) {
    int exact = exactRows.getOrDefault(name, Integer.MAX_VALUE);
    for (int row : wildcardRows) {
      if (row > exact) {
        break;
      }
      if (pattern.apply(rows.get(row)).matches(name)) {
        return Optional.of(rows.get(row));
      }
    }
    return exact == Integer.MAX_VALUE ? Optional.empty() : Optional.of(rows.get(exact));
  }
}
