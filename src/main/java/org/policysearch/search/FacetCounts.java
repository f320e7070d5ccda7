package org.policysearch.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;

/** Turns Lucene's facet counts into the API's values: labelled, sorted, selections kept at 0. */
final class FacetCounts {
  private final FacetLabels labels;

  FacetCounts(FacetLabels labels) {
    this.labels = labels;
  }

  Map<String, List<FacetValue>> values(Facets facets, Map<String, List<String>> selected)
      throws IOException {
    Map<String, List<FacetValue>> all = new LinkedHashMap<>();
    for (String dimension : FacetLabels.DIMENSIONS) {
      List<String> chosen = selected.getOrDefault(dimension, List.of());
      Map<String, Integer> counts = new LinkedHashMap<>();
      FacetResult result = facets == null ? null : allChildren(facets, dimension);
      if (result != null) {
        for (LabelAndValue value : result.labelValues) {
          counts.put(value.label, value.value.intValue());
        }
      }
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

  private static FacetResult allChildren(Facets facets, String dimension) throws IOException {
    try {
      return facets.getAllChildren(dimension);
    } catch (IllegalArgumentException e) {
      return null; // no chunk carries this facet yet (e.g. no document has a date)
    }
  }

  /** Years newest first; other facets by count, then label, so output is deterministic. */
  private static Comparator<FacetValue> order(String dimension) {
    if (dimension.equals("year")) {
      return Comparator.comparing(FacetValue::value).reversed();
    }
    return Comparator.comparingInt(FacetValue::count)
        .reversed()
        .thenComparing(FacetValue::label)
        .thenComparing(FacetValue::value);
  }
}
