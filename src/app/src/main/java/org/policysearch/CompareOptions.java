package org.policysearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.policysearch.bench.BenchQuery;
import org.policysearch.bench.Comparison;
import org.policysearch.bench.ComparisonReport;
import org.policysearch.bench.SolrLoader;
import org.policysearch.search.ResultCache;
import org.policysearch.search.SearchService;
import picocli.CommandLine.Option;

/**
 * The {@code bench} options of the side-by-side comparison over HTTP; without {@code --compare} the
 * bench runs as before.
 */
final class CompareOptions {
  @Option(
      names = "--compare",
      split = ",",
      description =
          "After the in-process figures, drive policy-search's API server and these over HTTP with"
              + " the same queries: raw (raw Lucene on the same index), solr (the core at --solr).")
  List<String> against = List.of();

  @Option(
      names = "--solr",
      description =
          "Address of a Solr core (http://host:port/solr/chunks) to load the index's chunks into"
              + " and compare; see src/bench/solr.")
  String solr;

  @Option(
      names = "--concurrency",
      split = ",",
      defaultValue = "1,4,16",
      description = "Connections of the comparison's loads (default: ${DEFAULT-VALUE}).")
  List<Integer> concurrency;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Seconds per load of one server (default: ${DEFAULT-VALUE}).")
  int seconds;

  @Option(
      names = "--warm-up",
      paramLabel = "SECONDS",
      description =
          "Seconds of load at the highest concurrency each server gets before the measured rounds"
              + " (default: as --seconds). The JIT takes about a minute and a half of one"
              + " connection's load to settle for policy-search's server.")
  Integer warmUp;

  @Option(
      names = "--compare-rounds",
      defaultValue = "5",
      description = "Interleaved rounds of the comparison (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--sampled-queries",
      defaultValue = "100",
      description =
          "Word pairs sampled from the index for the comparison, beside the bench's plain-word"
              + " queries (default: ${DEFAULT-VALUE}).")
  int sampled;

  @Option(
      names = "--result-cache",
      paramLabel = "MB",
      defaultValue = "0",
      description =
          "Also compare policy-search keeping the answers to repeated searches in this many MB"
              + " (as serve does, with 16), beside policy-search searching every request"
              + " (default: ${DEFAULT-VALUE}, not compared).")
  int resultCache;

  boolean requested() {
    return !against.isEmpty();
  }

  /**
   * The unmeasured load before the rounds, in seconds: {@code --warm-up}, else {@code --seconds}.
   */
  int warmUpSeconds() {
    return warmUp == null ? seconds : warmUp;
  }

  /** The comparison's report, after loading the chunks into Solr when it is compared. */
  String run(Engine engine, Path indexDir, List<BenchQuery> queries)
      throws IOException, InterruptedException {
    for (String name : against) {
      if (!name.equals("raw") && !name.equals("solr")) {
        throw new IllegalArgumentException("--compare takes raw and solr, not " + name);
      }
    }
    int warmUpSeconds = warmUpSeconds();
    if (concurrency.stream().anyMatch(c -> c < 1)
        || seconds < 1
        || rounds < 1
        || sampled < 0
        || warmUpSeconds < 1) {
      throw new IllegalArgumentException(
          "--concurrency, --seconds, --warm-up and --compare-rounds must be 1 or more;"
              + " --sampled-queries 0 or more");
    }
    String core = null;
    if (against.contains("solr")) {
      if (solr == null) {
        throw new IllegalArgumentException("--compare solr needs --solr <core address>");
      }
      core = solr.replaceAll("/+$", "");
      SolrLoader.load(indexDir, core);
    }
    Comparison comparison =
        new Comparison(
            new Comparison.Settings(core, concurrency, seconds, rounds, sampled, warmUpSeconds));
    try (SearchService service = engine.searchService(indexDir, ResultCache.NONE);
        SearchService cached =
            resultCache > 0 ? engine.searchService(indexDir, new ResultCache(resultCache)) : null) {
      return ComparisonReport.text(comparison.run(service, cached, indexDir, queries));
    }
  }
}
