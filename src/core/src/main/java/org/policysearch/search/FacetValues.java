package org.policysearch.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.policysearch.index.FacetRegistry;

/** Turns a backend's facet counts into the API's values: labelled, sorted, selections kept at 0. */
final class FacetValues {
  /** Years newest first, "undated" last. */
  private static final Comparator<FacetValue> NEWEST_FIRST =
      Comparator.comparing((FacetValue v) -> v.value().equals(FacetRegistry.UNDATED))
          .thenComparing(Comparator.comparing(FacetValue::value).reversed());

  /** Other facets by count, then label, then value, so output is deterministic. */
  private static final Comparator<FacetValue> MOST_FIRST =
      Comparator.comparingInt(FacetValue::count)
          .reversed()
          .thenComparing(FacetValue::label)
          .thenComparing(FacetValue::value);

  private final FacetLabels labels;

  FacetValues(FacetLabels labels) {
    this.labels = labels;
  }

  Map<String, List<FacetValue>> of(FacetCounts counted, Map<String, List<String>> selected) {
    Map<String, List<FacetValue>> all = new LinkedHashMap<>();
    for (String dimension : FacetRegistry.NAMES) {
      List<String> chosen = selected.getOrDefault(dimension, List.of());
      Map<String, Integer> counts = counted.of(dimension);
      UnaryOperator<String> label = labels.labelsOf(dimension);
      List<FacetValue> values = new ArrayList<>(counts.size() + chosen.size());
      counts.forEach(
          (value, count) ->
              values.add(new FacetValue(value, label.apply(value), count, chosen.contains(value))));
      // A selection nothing matches stays on the list, at 0, so the user can see and undo it.
      for (String value : new LinkedHashSet<>(chosen)) {
        if (!counts.containsKey(value)) {
          values.add(new FacetValue(value, label.apply(value), 0, true));
        }
      }
      values.sort(dimension.equals("year") ? NEWEST_FIRST : MOST_FIRST);
      all.put(dimension, values);
    }
    return all;
  }
}
