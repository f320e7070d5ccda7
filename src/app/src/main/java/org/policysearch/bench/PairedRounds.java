package org.policysearch.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The figures of two builds run in one JVM, round for round alternated, and their report: each
 * build's CPU time, wall time and allocation per round of the searching thread, the running build's
 * figures over the other's paired by round (the machine's drift moves both rounds of a pair alike),
 * and whether the two answered every query alike. The CPU time of all Java threads is reported
 * beside the searching thread's: work handed to another thread (a spare core's) is in the first
 * only.
 *
 * @param other the build compared against ({@code --other})
 * @param current the running build
 * @param queries queries in a round
 * @param warmUpSeconds seconds of unmeasured, alternated rounds before the measured ones
 * @param differing the queries the two builds answered differently, by label
 */
public record PairedRounds(
    Build other, Build current, int queries, int warmUpSeconds, List<String> differing) {

  /** How many differing queries the report names. */
  private static final int NAMED = 5;

  public PairedRounds {
    if (other.rounds() != current.rounds() || other.rounds() == 0) {
      throw new IllegalArgumentException("both builds need the same number of rounds, at least 1");
    }
    differing = List.copyOf(differing);
  }

  /**
   * One build's figures, one entry per measured round.
   *
   * @param name how the report names the build (its jar)
   */
  public record Build(
      String name,
      double[] cpuMillis,
      double[] threadsCpuMillis,
      double[] wallMillis,
      double[] allocatedMb) {
    public Build {
      cpuMillis = cpuMillis.clone();
      threadsCpuMillis = threadsCpuMillis.clone();
      wallMillis = wallMillis.clone();
      allocatedMb = allocatedMb.clone();
    }

    int rounds() {
      return cpuMillis.length;
    }
  }

  /** The report, as {@code ab} prints it. */
  public String text() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "Two builds in one JVM: %d queries a round, %d measured rounds each, alternated, after"
                + " %d s of alternated warm-up; the searching thread's figures per round%n%n",
            queries,
            other.rounds(),
            warmUpSeconds));
    out.append(
        String.format(
            Locale.ROOT,
            "  %-6s  %14s  %14s  %14s  %12s  %s%n",
            "build",
            "CPU ms (min)",
            "threads CPU ms",
            "wall ms (min)",
            "allocated MB",
            "jar"));
    row(out, "other", other);
    row(out, "this", current);
    out.append(String.format(Locale.ROOT, "%n  this / other, paired by round:%n"));
    ratio(out, "CPU", ratios(current.cpuMillis, other.cpuMillis));
    ratio(out, "threads CPU", ratios(current.threadsCpuMillis, other.threadsCpuMillis));
    ratio(out, "wall", ratios(current.wallMillis, other.wallMillis));
    ratio(out, "allocated", ratios(current.allocatedMb, other.allocatedMb));
    out.append(System.lineSeparator());
    if (differing.isEmpty()) {
      out.append(String.format(Locale.ROOT, "  answers: the same for all %d queries%n", queries));
    } else {
      out.append(
          String.format(
              Locale.ROOT,
              "  answers: %d of %d queries answered differently, among them: %s%n",
              differing.size(),
              queries,
              String.join(" | ", differing.subList(0, Math.min(NAMED, differing.size())))));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String label, Build build) {
    out.append(
        String.format(
            Locale.ROOT,
            "  %-6s  %6.1f (%5.1f)  %14.1f  %6.1f (%5.1f)  %12.1f  %s%n",
            label,
            median(build.cpuMillis),
            min(build.cpuMillis),
            median(build.threadsCpuMillis),
            median(build.wallMillis),
            min(build.wallMillis),
            median(build.allocatedMb),
            build.name));
  }

  private static void ratio(StringBuilder out, String what, double[] quartiles) {
    out.append(
        String.format(
            Locale.ROOT,
            "    %-11s  median %.3f  (quartiles %.3f to %.3f)%n",
            what,
            quartiles[1],
            quartiles[0],
            quartiles[2]));
  }

  /** The first quartile, median and third quartile of {@code top[i] / bottom[i]}. */
  private static double[] ratios(double[] top, double[] bottom) {
    double[] ratios = new double[top.length];
    for (int i = 0; i < top.length; i++) {
      ratios[i] = bottom[i] == 0 ? Double.NaN : top[i] / bottom[i];
    }
    Arrays.sort(ratios);
    return new double[] {
      Latencies.percentile(ratios, 25),
      Latencies.percentile(ratios, 50),
      Latencies.percentile(ratios, 75)
    };
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return Latencies.percentile(sorted, 50);
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(0);
  }
}
