package org.policysearch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Search latencies in milliseconds, grouped by a key (a query kind, or one query). */
public final class Latencies {
  private final Map<String, List<Double>> samples = new LinkedHashMap<>();

  /** Records one timing under {@code key}; keys are reported in the order first seen. */
  public void add(String key, double millis) {
    samples.computeIfAbsent(key, k -> new ArrayList<>()).add(millis);
  }

  public List<String> keys() {
    return List.copyOf(samples.keySet());
  }

  /** The percentiles of one key's timings. */
  public Summary summary(String key) {
    return Summary.of(samples.getOrDefault(key, List.of()));
  }

  /** The percentiles of every timing recorded. */
  public Summary overall() {
    List<Double> all = new ArrayList<>();
    samples.values().forEach(all::addAll);
    return Summary.of(all);
  }

  /** Count, median, 90th and 99th percentile (nearest rank) and maximum of some timings. */
  public record Summary(int count, double median, double p90, double p99, double max) {
    static Summary of(List<Double> timings) {
      if (timings.isEmpty()) {
        return new Summary(0, 0, 0, 0, 0);
      }
      double[] sorted = timings.stream().mapToDouble(Double::doubleValue).toArray();
      Arrays.sort(sorted);
      return new Summary(
          sorted.length,
          percentile(sorted, 50),
          percentile(sorted, 90),
          percentile(sorted, 99),
          sorted[sorted.length - 1]);
    }
  }

  /** The nearest-rank percentile of sorted values: the smallest value with p% at or below it. */
  static double percentile(double[] sorted, double p) {
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
