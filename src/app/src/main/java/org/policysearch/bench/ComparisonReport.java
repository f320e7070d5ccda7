package org.policysearch.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.policysearch.index.FacetRegistry;

/** The plain-text report of one comparison: medians over its rounds, and ratios per round. */
public final class ComparisonReport {
  private final StringBuilder out = new StringBuilder();
  private final Comparison.Figures figures;

  private ComparisonReport(Comparison.Figures figures) {
    this.figures = figures;
  }

  /** The report of {@code figures}. */
  public static String text(Comparison.Figures figures) {
    ComparisonReport report = new ComparisonReport(figures);
    report.head();
    for (int c : figures.settings().concurrency()) {
      report.level(c);
    }
    return report.out.toString();
  }

  private void head() {
    Comparison.Settings s = figures.settings();
    long sampled =
        figures.queries().stream().filter(q -> q.kind().equals(ComparisonQueries.SAMPLED)).count();
    line("");
    line(
        "Comparison over HTTP (first page of 10: all words, "
            + FacetRegistry.NAMES.size()
            + " facets, highlights)");
    line(
        "  queries:               %d (%d plain-word queries of the bench, %d word pairs sampled"
            + " from the index, seed 11)",
        figures.queries().size(), figures.queries().size() - sampled, sampled);
    line(
        "  rounds:                %d measured, interleaved; %d s per server and concurrency; one"
            + " warm-up pass and %d s at the highest concurrency first",
        s.rounds(), s.seconds(), s.warmUpSeconds());
    line(
        "  GC %%:                  share of a load's wall time this JVM spent collecting garbage"
            + " (the servers and the driver run in it; heap %d MB)",
        Runtime.getRuntime().maxMemory() >> 20);
    line("  same all-words count as %s, per query:", LoadTarget.RAW);
    for (Comparison.Agreement a : figures.agreements()) {
      line(
          "    %-20s %d of %d queries (%d all-word hits in all)",
          a.target(), a.same(), a.queries(), a.totalHits());
      a.differing().forEach(d -> line("      %s", d));
    }
  }

  private void level(int concurrency) {
    line("");
    line(
        "  c=%-2d%-10s %-20s %8s %8s %8s %9s %7s %9s %6s",
        concurrency,
        "",
        "server",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "req/s",
        "errors",
        "bytes",
        "GC %");
    List<String> names = new ArrayList<>();
    for (Comparison.Agreement a : figures.agreements()) {
      names.add(a.target());
      List<LoadDriver.Load> loads = loads(a.target(), concurrency);
      line(
          "  %-14s %-20s %8.2f %8.2f %8.2f %9.1f %7d %9.0f %6.1f",
          "",
          a.target(),
          median(loads, l -> l.percentile(50)),
          median(loads, l -> l.percentile(95)),
          median(loads, l -> l.percentile(99)),
          median(loads, LoadDriver.Load::throughput),
          loads.stream().mapToLong(LoadDriver.Load::errors).sum(),
          median(loads, LoadDriver.Load::meanBytes),
          100 * median(loads, LoadDriver.Load::gcShare));
    }
    for (String other : names.subList(1, names.size())) {
      ratios(concurrency, other, "p50", l -> l.percentile(50));
      ratios(concurrency, other, "req/s", LoadDriver.Load::throughput);
    }
  }

  /** policy-search's figure over {@code other}'s, round by round, and their median. */
  private void ratios(
      int concurrency, String other, String figure, ToDoubleFunction<LoadDriver.Load> of) {
    List<LoadDriver.Load> ours = loads(LoadTarget.POLICY, concurrency);
    List<LoadDriver.Load> theirs = loads(other, concurrency);
    double[] ratios = new double[Math.min(ours.size(), theirs.size())];
    StringBuilder each = new StringBuilder();
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = of.applyAsDouble(ours.get(i)) / of.applyAsDouble(theirs.get(i));
      each.append(String.format(Locale.ROOT, " %.2f", ratios[i]));
    }
    line(
        "    %s / %s, %s: median %.2f (rounds:%s)",
        LoadTarget.POLICY, other, figure, median(ratios), each);
  }

  private List<LoadDriver.Load> loads(String target, int concurrency) {
    List<LoadDriver.Load> loads = new ArrayList<>();
    for (List<LoadDriver.Load> round : figures.rounds()) {
      round.stream()
          .filter(l -> l.target().equals(target) && l.concurrency() == concurrency)
          .forEach(loads::add);
    }
    return loads;
  }

  private static double median(List<LoadDriver.Load> loads, ToDoubleFunction<LoadDriver.Load> of) {
    return median(loads.stream().mapToDouble(of).toArray());
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  private void line(String format, Object... args) {
    out.append(String.format(Locale.ROOT, format, args)).append('\n');
  }
}
