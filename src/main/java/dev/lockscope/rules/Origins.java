package dev.lockscope.rules;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Where each row of the rules was read ({@code FILE:LINE}), so that a check across tables (a call
 * naming a lock type that no row defines) names the row at fault, as a malformed row does.
 */
final class Origins {

  private final Map<Object, String> rows = new IdentityHashMap<>();

  void put(Object row, String where) {
    rows.put(row, where);
  }

  /** {@code FILE:LINE} of {@code row}, or {@code rules} for a row built elsewhere. */
  String of(Object row) {
    return rows.getOrDefault(row, "rules");
  }
}
