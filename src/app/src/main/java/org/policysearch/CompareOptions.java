package org.policysearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policysearch.bench.BenchQuery;
import org.policysearch.bench.Comparison;
import org.policysearch.bench.ComparisonReport;
import org.policysearch.bench.LoadTarget;
import org.policysearch.bench.SolrLoader;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.Indexer;
import org.policysearch.search.ResultCache;
import org.policysearch.search.SearchService;
import org.policysearch.solr.SolrChunkSink;
import org.policysearch.solr.SolrCollection;
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
              + " the same queries: raw (raw Lucene on the same index), solr (the core at --solr),"
              + " cloud (policy-search's own API over the SolrCloud collection at --cloud, as"
              + " serve --backend solr serves it).")
  List<String> against = List.of();

  @Option(
      names = "--solr",
      description =
          "Address of a Solr core (http://host:port/solr/chunks) to load the index's chunks into"
              + " and compare; see src/bench/solr.")
  String solr;

  @Option(
      names = "--cloud",
      paramLabel = "URL",
      description =
          "Nodes of a SolrCloud cluster with policy-search's plugin and an empty collection"
              + " 'policy' (http://host:8983/solr, several separated by commas): the corpus is"
              + " indexed into it and served as serve --backend solr does; see docs/solrcloud.md.")
  String cloud;

  /** The collection {@code --compare cloud} indexes and searches. */
  static final String CLOUD_COLLECTION = "policy";

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

  /**
   * Refuses what names no server to compare, before the bench spends minutes indexing.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  void check() {
    for (String name : against) {
      if (!name.equals("raw") && !name.equals("solr") && !name.equals("cloud")) {
        throw new IllegalArgumentException("--compare takes raw, solr and cloud, not " + name);
      }
    }
    if (against.contains("solr") && solr == null) {
      throw new IllegalArgumentException("--compare solr needs --solr <core address>");
    }
    if (against.contains("cloud") && cloud == null) {
      throw new IllegalArgumentException(
          "--compare cloud needs --cloud http://host:8983/solr (a node of the cluster)");
    }
  }

  /**
   * The comparison's report, after loading the chunks into Solr, and indexing the corpus at {@code
   * corpusDir} into the SolrCloud collection, when they are compared.
   */
  String run(
      Engine engine,
      Path indexDir,
      Path corpusDir,
      CorpusReader.Links links,
      List<BenchQuery> queries)
      throws IOException, InterruptedException {
    check();
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
      core = solr.replaceAll("/+$", "");
      SolrLoader.load(indexDir, core);
    }
    Comparison comparison =
        new Comparison(
            new Comparison.Settings(core, concurrency, seconds, rounds, sampled, warmUpSeconds));
    SolrCollection collection =
        against.contains("cloud") ? SolrCollection.at(cloud, CLOUD_COLLECTION) : null;
    try (SearchService service = engine.searchService(indexDir, ResultCache.NONE);
        SearchService cached =
            resultCache > 0 ? engine.searchService(indexDir, new ResultCache(resultCache)) : null;
        SolrCollection closing = collection) {
      String loaded = "";
      SearchService clouded = null;
      if (collection != null) {
        loaded = index(engine, corpusDir, links, collection);
        // Every request searched, as the embedded service beside it: the figures are Solr's.
        clouded =
            new SearchService(
                collection.backend(engine.labels()), engine.labels(), ResultCache.NONE);
      }
      try (SearchService closingCloud = clouded) {
        Map<String, SearchService> alongside = new LinkedHashMap<>();
        if (cached != null) {
          alongside.put(LoadTarget.CACHED, cached);
        }
        if (clouded != null) {
          alongside.put(LoadTarget.CLOUD, clouded);
        }
        return loaded
            + ComparisonReport.text(comparison.run(service, alongside, indexDir, queries));
      }
    }
  }

  /** Indexes the corpus into {@code collection} as {@code index --backend solr} does: one line. */
  private static String index(
      Engine engine, Path corpusDir, CorpusReader.Links links, SolrCollection collection)
      throws IOException {
    CorpusReader reader = CorpusReader.forHeap(Runtime.getRuntime().maxMemory(), links);
    try (SolrChunkSink sink = collection.sink()) {
      IndexSummary summary = engine.indexer().run(reader, corpusDir, sink, Indexer.Progress.NONE);
      return String.format(
          Locale.ROOT,
          "%nSolrCloud collection %s: %d documents, %d chunks indexed in %.1f s (%d unchanged)%n",
          CLOUD_COLLECTION,
          summary.documents(),
          summary.chunks(),
          summary.seconds(),
          summary.unchanged());
    }
  }
}
