package org.policysearch;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policysearch.bench.BenchQuery;
import org.policysearch.bench.ComparisonQueries;
import org.policysearch.bench.ServeProbe;
import picocli.CommandLine.Option;

/**
 * The {@code bench} options that start {@code serve} over the bench's index in JVMs of their own:
 * the time to its first answer, and the smallest of the given heaps that serves a load cleanly.
 */
final class HeapOptions {
  @Option(
      names = "--heaps",
      split = ",",
      paramLabel = "MB",
      description =
          "Heaps (MB) to start serve with over the bench's index, each in its own JVM: time to"
              + " the first answer, then a load; the report names the smallest that served it"
              + " with no error.")
  List<Integer> heaps = new ArrayList<>();

  @Option(
      names = "--heap-connections",
      defaultValue = "16",
      description = "Connections of each heap's load (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--heap-seconds",
      defaultValue = "20",
      description = "Seconds of each heap's load (default: ${DEFAULT-VALUE}).")
  int seconds;

  boolean requested() {
    return !heaps.isEmpty();
  }

  /** The report of every heap, smallest first, with the smallest that served cleanly. */
  String run(Path indexDir, List<BenchQuery> list, int sampled)
      throws IOException, InterruptedException {
    if (heaps.stream().anyMatch(h -> h < 16) || connections < 1 || seconds < 1) {
      throw new IllegalArgumentException(
          "--heaps must be 16 (MB) or more; --heap-connections and --heap-seconds 1 or more");
    }
    List<BenchQuery> queries = ComparisonQueries.of(list, indexDir, sampled, 11);
    StringBuilder report = new StringBuilder();
    report.append(
        String.format(
            Locale.ROOT,
            "%nserve in a JVM of its own over this index (--no-indexing), per heap: seconds from"
                + " starting the process to the first answer, then %d connections for %d s%n",
            connections,
            seconds));
    report.append(
        String.format(
            Locale.ROOT,
            "  %8s %14s %9s %9s %9s %8s %9s%n",
            "heap MB",
            "first answer s",
            "p50 ms",
            "p99 ms",
            "req/s",
            "errors",
            "survived"));
    Integer smallest = null;
    ServeProbe probe = new ServeProbe();
    for (int heap : heaps.stream().sorted().toList()) {
      ServeProbe.Outcome outcome =
          probe.run(indexDir, heap, queries, connections, Duration.ofSeconds(seconds));
      report.append(line(outcome));
      if (outcome.clean() && smallest == null) {
        smallest = heap;
      }
    }
    report.append(
        smallest == null
            ? "  no heap given served the load without an error\n"
            : String.format(
                Locale.ROOT,
                "  smallest heap that served %d connections with no error: %d MB%n",
                connections,
                smallest));
    return report.toString();
  }

  private static String line(ServeProbe.Outcome o) {
    if (o.load() == null) {
      return String.format(
          Locale.ROOT,
          "  %8d %14.2f %9s %9s %9s %8s %9s%n",
          o.heapMb(),
          o.firstAnswerSeconds(),
          "-",
          "-",
          "-",
          "-",
          o.survived() ? "yes" : "no");
    }
    return String.format(
            Locale.ROOT,
            "  %8d %14.2f %9.2f %9.2f %9.1f %8d %9s%n",
            o.heapMb(),
            o.firstAnswerSeconds(),
            o.load().percentile(50),
            o.load().percentile(99),
            o.load().throughput(),
            o.load().errors(),
            o.survived() ? "yes" : "no")
        + (o.load().errors() == 0 ? "" : "           errors: " + o.load().errorSummary() + "\n");
  }
}
