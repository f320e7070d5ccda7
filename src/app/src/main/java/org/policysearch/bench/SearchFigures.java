package org.policysearch.bench;

import java.util.List;
import java.util.Map;

/**
 * What the benchmark measured of searching.
 *
 * @param firstMillis the very first search on a freshly opened index (cold caches, class loading)
 * @param rounds measured rounds over the query list, after one warm-up round
 * @param byKind timings grouped by query kind
 * @param byKindCpu CPU time of the searching thread, grouped by query kind
 * @param byQuery timings grouped by query label
 * @param outcomes what each query returned, by label, in list order
 */
public record SearchFigures(
    double firstMillis,
    int rounds,
    Latencies byKind,
    Latencies byKindCpu,
    Latencies byQuery,
    Map<String, Outcome> outcomes) {

  /** What one query returned: its total hits, whether it was relaxed, or why it was refused. */
  public record Outcome(long total, boolean relaxed, String error) {}

  /** Queries that were refused as invalid, with the reason. */
  public List<String> refused() {
    return outcomes.entrySet().stream()
        .filter(e -> e.getValue().error() != null)
        .map(e -> e.getKey() + ": " + e.getValue().error())
        .toList();
  }
}
