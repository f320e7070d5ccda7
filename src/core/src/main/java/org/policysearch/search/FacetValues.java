package org.policysearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policysearch.index.FacetRegistry;

/** Turns a backend's facet counts into the API's values: labelled, sorted, selections kept at 0. */
final class FacetValues {
  private final FacetLabels labels;

  FacetValues(FacetLabels labels) {
    this.labels = labels;
  }

  Map<String, List<FacetValue>> of(FacetCounts counted, Map<String, List<String>> selected) {
    Map<String, List<FacetValue>> all = new LinkedHashMap<>();
    for (String dimension : FacetRegistry.NAMES) {
      List<String> chosen = selected.getOrDefault(dimension, List.of());
      Map<String, Integer> counts = new LinkedHashMap<>(counted.of(dimension));
      chosen.forEach(value -> counts.putIfAbsent(value, 0));
      List<FacetValue> values = new ArrayList<>();
      counts.forEach(
          (value, count) ->
              values.add(
                  new FacetValue(
                      value, labels.label(dimension, value), count, chosen.contains(value))));
      values.sort(order(dimension));
      all.put(dimension, values);
    }
    return all;
  }

  /**
   * Years newest first, "undated" last; other facets by count, then label, so output is
   * deterministic.
   */
  private static Comparator<FacetValue> order(String dimension) {
    if (dimension.equals("year")) {
      return Comparator.comparing((FacetValue v) -> v.value().equals(FacetRegistry.UNDATED))
          .thenComparing(Comparator.comparing(FacetValue::value).reversed());
    }
    return Comparator.comparingInt(FacetValue::count)
        .reversed()
        .thenComparing(FacetValue::label)
        .thenComparing(FacetValue::value);
  }
}
