package org.policysearch.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many results have each value of each facet, as a backend counts them (codes, no labels).
 *
 * @param counts by facet, each value's count
 */
public record FacetCounts(Map<String, Map<String, Integer>> counts) {
  /** No count at all: nothing was counted, or the index is empty. */
  public static final FacetCounts NONE = new FacetCounts(Map.of());

  public FacetCounts {
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    counts.forEach(
        (facet, values) ->
            copy.put(facet, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
    counts = Collections.unmodifiableMap(copy);
  }

  /** The counts of {@code facet}'s values; empty when none has any. */
  public Map<String, Integer> of(String facet) {
    return counts.getOrDefault(facet, Map.of());
  }
}
