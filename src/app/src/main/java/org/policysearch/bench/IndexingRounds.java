package org.policysearch.bench;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The indexing runs after the first, policy-search and raw Lucene alternated: the first run of
 * policy-search finds the JIT cold, and raw Lucene, run after it, finds Lucene's indexing chain
 * already compiled, so only later runs compare the two on the same footing.
 *
 * @param runs one entry per later round, in order
 */
public record IndexingRounds(List<Run> runs) {

  /**
   * One round.
   *
   * @param seconds policy-search's full index, wall clock
   * @param cpuSeconds the process's CPU time over it
   * @param rawSeconds raw Lucene indexing the same chunk texts, wall clock
   */
  public record Run(double seconds, double cpuSeconds, double rawSeconds) {
    /** policy-search's chunks per second over raw Lucene's: the same chunks in both. */
    public double ratio() {
      return rawSeconds / seconds;
    }
  }

  public IndexingRounds {
    runs = List.copyOf(runs);
  }

  public boolean isEmpty() {
    return runs.isEmpty();
  }

  public double medianSeconds() {
    return median(Run::seconds);
  }

  public double medianCpuSeconds() {
    return median(Run::cpuSeconds);
  }

  public double medianRawSeconds() {
    return median(Run::rawSeconds);
  }

  /** The median of the rounds' own ratios, so that the machine's drift between rounds cancels. */
  public double medianRatio() {
    return median(Run::ratio);
  }

  public double lowestRatio() {
    return runs.stream().mapToDouble(Run::ratio).min().orElse(Double.NaN);
  }

  public double highestRatio() {
    return runs.stream().mapToDouble(Run::ratio).max().orElse(Double.NaN);
  }

  private double median(ToDoubleFunction<Run> figure) {
    double[] values = runs.stream().mapToDouble(figure).sorted().toArray();
    if (values.length == 0) {
      return Double.NaN;
    }
    int half = values.length / 2;
    return values.length % 2 == 1 ? values[half] : (values[half - 1] + values[half]) / 2;
  }
}
