package dev.lockscope.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** "Did you mean ...?" for a name a user mistyped: the closest known name, if it is close enough. */
public final class ClosestName {

  private ClosestName() {}

  /** The known name at the smallest edit distance, when that distance is small for the name's length. */
  public static Optional<String> to(String name, Collection<String> known) {
    LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
    return known.stream()
        .min(Comparator.comparingInt((String k) -> distance.apply(k, name)).thenComparing(k -> k))
        .filter(k -> distance.apply(k, name) <= Math.max(2, name.length() / 4));
  }

  /** {@code " (did you mean X?)"}, or nothing. */
  public static String hint(String name, Collection<String> known) {
    return to(name, known).map(k -> " (did you mean " + k + "?)").orElse("");
  }
}
