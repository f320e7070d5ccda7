package org.policysearch;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policysearch.bench.BenchQueries;
import org.policysearch.bench.BenchQuery;
import org.policysearch.bench.BenchReport;
import org.policysearch.bench.ChunkSizes;
import org.policysearch.bench.IndexFigures;
import org.policysearch.bench.IndexingRounds;
import org.policysearch.bench.Latencies;
import org.policysearch.bench.RawLuceneIndexing;
import org.policysearch.bench.SearchFigures;
import org.policysearch.bench.SuppressForbidden;
import org.policysearch.bench.TotaCorpusView;
import org.policysearch.bench.ViewFigures;
import org.policysearch.corpus.CorpusFile;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.Indexer;
import org.policysearch.index.IndexingConfig;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.ResultCache;
import org.policysearch.search.SearchResult;
import org.policysearch.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: indexes a corpus from nothing, re-indexes it unchanged, indexes the same chunk
 * texts with raw Lucene on as many threads for comparison, then times the query list through the
 * same {@link SearchService} the API uses, and prints one report of that run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measure indexing, index size, heap and search latency on a corpus.")
final class BenchCommand implements Callable<Integer> {

  @Option(
      names = "--corpus",
      required = true,
      description =
          "Corpus folder: ours, or ToTA-style (metadata.jsonl + docs/), read through a temporary"
              + " view of links and a generated manifest.")
  Path corpus;

  @Option(
      names = "--index",
      description = "Empty index folder to build (default: a temporary folder, deleted after).")
  Path index;

  @Option(
      names = "--queries",
      description =
          "Query file: kind<TAB>query<TAB>facet=v,v;facet=v per line (default: built-in).")
  Path queries;

  @Option(
      names = "--rounds",
      defaultValue = "20",
      description = "Measured rounds over the queries (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--report", description = "Also write the report to this file.")
  Path report;

  @Option(
      names = "--threads",
      description =
          "Indexing threads, for policy-search and raw Lucene alike (default: one per core).")
  Integer threads;

  @Option(
      names = "--index-rounds",
      defaultValue = "1",
      description =
          "Indexing runs of policy-search and of raw Lucene each: the first as a user's first"
              + " run finds the JVM, the later ones alternated, both with the JIT warm; the report"
              + " gives the median of the later ones (default: ${DEFAULT-VALUE}).")
  int indexRounds;

  @Option(
      names = "--copies",
      defaultValue = "1",
      description =
          "With a ToTA-style corpus: index each text this many times, each copy a document of its"
              + " own with the same metadata, to measure at a multiple of the corpus's size"
              + " (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(
      names = "--views",
      description =
          "Also time the analyst's views (pairs x sectors, network, timeline, the same clause"
              + " across agreements, a result opened in its document) against a plain search with"
              + " facets on the same queries.")
  boolean views;

  @Mixin CompareOptions comparison = new CompareOptions();

  @Mixin HeapOptions heapProbe = new HeapOptions();

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(corpus)) {
      throw new IllegalArgumentException("No corpus folder at " + corpus.toAbsolutePath());
    }
    if (rounds < 1) {
      throw new IllegalArgumentException("--rounds must be 1 or more");
    }
    if (indexRounds < 1) {
      throw new IllegalArgumentException("--index-rounds must be 1 or more");
    }
    comparison.check();
    if (copies < 1 || (copies > 1 && !TotaCorpusView.applies(corpus))) {
      throw new IllegalArgumentException(
          "--copies must be 1 or more, and more than 1 only with a ToTA-style corpus");
    }
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    List<BenchQuery> list = queries == null ? BenchQueries.builtIn() : BenchQueries.read(queries);
    Path view =
        TotaCorpusView.applies(corpus) ? Files.createTempDirectory("ps-bench-corpus") : null;
    Path indexDir = index == null ? Files.createTempDirectory("ps-bench-index") : index;
    try {
      Path corpusDir = corpus;
      if (view != null) {
        TotaCorpusView.create(corpus, view, copies);
        corpusDir = view;
      }
      if (index != null) {
        requireEmpty(index);
      }
      int indexThreads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
      Engine engine = Engine.create(IndexingConfig.withThreads(indexThreads));
      // The view is links to the texts where they lie, outside it: those are to be followed.
      CorpusReader.Links links =
          view == null ? CorpusReader.Links.INSIDE_CORPUS : CorpusReader.Links.FOLLOW;
      IndexFigures indexing = index(engine, corpusDir, links, indexDir);
      SearchFigures searching = search(engine, indexDir, list);
      String viewing = "";
      if (views) {
        try (SearchService service = engine.searchService(indexDir, ResultCache.NONE)) {
          viewing = ViewFigures.run(service, list, rounds);
        }
      }
      String text =
          BenchReport.text(setting(view != null, list.size(), loadBefore), indexing, searching)
              + viewing
              + (comparison.requested()
                  ? comparison.run(engine, indexDir, corpusDir, links, list)
                  : "")
              + (heapProbe.requested() ? heapProbe.run(indexDir, list, comparison.sampled) : "");
      System.out.print(text);
      if (report != null) {
        Files.writeString(report, text, StandardCharsets.UTF_8);
      }
      return indexing.full().documents() == 0 ? 1 : 0;
    } finally {
      if (view != null) {
        deleteTree(view); // links only: walking does not follow them
      }
      if (index == null) {
        deleteTree(indexDir);
      }
    }
  }

  private IndexFigures index(Engine engine, Path corpusDir, CorpusReader.Links links, Path indexDir)
      throws IOException {
    long corpusBytes = 0;
    for (CorpusFile file :
        new CorpusReader(CorpusReader.DEFAULT_SIZE_LIMIT, links).list(corpusDir)) {
      corpusBytes += Files.size(file.path());
    }
    List<MemoryPoolMXBean> heapPools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    collectGarbage();
    heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long cpuStart = processCpuNanos();
    IndexSummary full = engine.index(corpusDir, links, indexDir, Indexer.Progress.NONE);
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    long peak = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    collectGarbage();
    Runtime runtime = Runtime.getRuntime();
    long heapAfter = runtime.totalMemory() - runtime.freeMemory();
    IndexSummary again = engine.index(corpusDir, links, indexDir, Indexer.Progress.NONE);
    RawLuceneIndexing.Figures raw = raw(engine, indexDir);
    List<IndexingRounds.Run> warm = new ArrayList<>();
    for (int round = 1; round < indexRounds; round++) {
      // Alternated, so that neither side always follows the other.
      boolean rawFirst = round % 2 == 1;
      double rawSeconds = rawFirst ? raw(engine, indexDir).seconds() : 0;
      Path fresh = Files.createTempDirectory("ps-bench-warm");
      try {
        collectGarbage();
        long cpu = processCpuNanos();
        IndexSummary run = engine.index(corpusDir, links, fresh, Indexer.Progress.NONE);
        double runCpu = (processCpuNanos() - cpu) / 1e9;
        if (!rawFirst) {
          rawSeconds = raw(engine, indexDir).seconds();
        }
        warm.add(new IndexingRounds.Run(run.seconds(), runCpu, rawSeconds));
      } finally {
        deleteTree(fresh);
      }
    }
    return new IndexFigures(
        corpusBytes,
        full,
        cpuSeconds,
        again,
        RawLuceneIndexing.sizeOf(indexDir),
        heapAfter,
        peak,
        runtime.maxMemory(),
        ChunkSizes.of(indexDir),
        segments(indexDir),
        engine.indexer().config().threads(),
        raw,
        new IndexingRounds(warm));
  }

  /** Raw Lucene indexing the chunk texts of the index at {@code indexDir}, as {@code engine}. */
  private static RawLuceneIndexing.Figures raw(Engine engine, Path indexDir) throws IOException {
    IndexingConfig config = engine.indexer().config();
    Path rawDir = Files.createTempDirectory("ps-bench-raw");
    try {
      collectGarbage();
      return RawLuceneIndexing.run(indexDir, rawDir, config.threads(), config.ramBufferMb());
    } finally {
      deleteTree(rawDir);
    }
  }

  /** CPU time of the whole process: indexing runs on a pool, merges and GC in their own threads. */
  @SuppressForbidden(
      reason =
          "the pool's threads are gone when indexing returns; only the process's CPU time covers"
              + " them (HotSpot's MXBean, on every JDK this project runs on)")
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static int segments(Path indexDir) throws IOException {
    try (org.apache.lucene.store.Directory dir =
            org.apache.lucene.store.FSDirectory.open(indexDir);
        org.apache.lucene.index.DirectoryReader reader =
            org.apache.lucene.index.DirectoryReader.open(dir)) {
      return reader.leaves().size();
    }
  }

  private SearchFigures search(Engine engine, Path indexDir, List<BenchQuery> list)
      throws IOException {
    Latencies byKind = new Latencies();
    Latencies byQuery = new Latencies();
    Latencies byKindCpu = new Latencies();
    Map<String, SearchFigures.Outcome> outcomes = new LinkedHashMap<>();
    // Every round searches: the figures are the cost of a search, not of a lookup.
    // Asked here, not when the class loads: every command builds this one, serve included.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    try (SearchService service = engine.searchService(indexDir, ResultCache.NONE)) {
      long start = System.nanoTime();
      service.search(list.get(0).request());
      double first = (System.nanoTime() - start) / 1e6;
      for (int round = 0; round <= rounds; round++) {
        for (BenchQuery query : list) {
          long cpu = threads.getCurrentThreadCpuTime();
          start = System.nanoTime();
          SearchFigures.Outcome outcome = run(service, query);
          double millis = (System.nanoTime() - start) / 1e6;
          double cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
          outcomes.put(query.label(), outcome);
          if (round > 0 && outcome.error() == null) { // round 0 warms up
            byKind.add(query.kind(), millis);
            byKindCpu.add(query.kind(), cpuMillis);
            byQuery.add(query.label(), millis);
          }
        }
      }
      return new SearchFigures(first, rounds, byKind, byKindCpu, byQuery, outcomes);
    }
  }

  private static SearchFigures.Outcome run(SearchService service, BenchQuery query)
      throws IOException {
    try {
      SearchResult result = service.search(query.request());
      return new SearchFigures.Outcome(result.total(), result.relaxed(), null);
    } catch (InvalidQueryException e) {
      return new SearchFigures.Outcome(0, false, e.getMessage());
    }
  }

  private Map<String, String> setting(boolean viewed, int queryCount, double loadBefore) {
    Runtime runtime = Runtime.getRuntime();
    Map<String, String> setting = new LinkedHashMap<>();
    setting.put(
        "machine",
        runtime.availableProcessors()
            + " cores, "
            + System.getProperty("os.name")
            + " "
            + System.getProperty("os.arch"));
    setting.put(
        "java",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
    setting.put("heap limit", String.format(Locale.ROOT, "%d MB", runtime.maxMemory() >> 20));
    setting.put(
        "corpus",
        corpus.toAbsolutePath()
            + (viewed ? " (ToTA metadata.jsonl read as a manifest)" : "")
            + (copies > 1 ? ", each text " + copies + " times as documents of their own" : ""));
    setting.put(
        "load average",
        String.format(
            Locale.ROOT,
            "%.1f at start, %.1f at end (timings are wall clock; CPU columns exclude waiting)",
            loadBefore,
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    setting.put("queries", queryCount + (queries == null ? " built-in" : " from " + queries));
    return setting;
  }

  private static void requireEmpty(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Stream<Path> entries = Files.list(dir)) {
      if (entries.findAny().isPresent()) {
        throw new IllegalArgumentException(
            "--index must be empty so the first run indexes everything: " + dir);
      }
    }
  }

  /** A few full collections, so that "heap in use" means live data rather than garbage. */
  private static void collectGarbage() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
