package org.policysearch.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.analysis.SynonymAnalyzer;
import org.policysearch.index.FacetRegistry;
import org.policysearch.index.IndexAnalyzers;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.SearchBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk, searched in-process with Lucene. A background thread looks for a new commit
 * every {@code refreshEvery}; a new reader gets its {@link ReaderState} (facet ordinals, corpus
 * counts, document list, stats, acronyms) built as it opens, before any search sees it, so no
 * request refreshes the reader or builds per-reader state.
 */
public final class LuceneBackend implements SearchBackend {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneBackend.class);

  /** How often the background refresh looks for a new commit, unless told otherwise. */
  public static final Duration REFRESH_EVERY = Duration.ofSeconds(1);

  private final Directory directory;
  private final SearcherManager searchers;
  private final ScheduledExecutorService refresher;
  private final LuceneView.Tools tools;

  /** How many reader states were built: once per commit opened, never per request. */
  private final AtomicInteger statesBuilt = new AtomicInteger();

  /** Opens the index at {@code indexDir} and refreshes it every {@code refreshEvery}. */
  public LuceneBackend(Path indexDir, FacetLabels labels, Duration refreshEvery)
      throws IOException {
    FacetsConfig facetsConfig = FacetRegistry.facetsConfig();
    StoredChunks stored = new StoredChunks(labels);
    // One producer of the records' bit sets, cached per segment, for both kinds of block join.
    BitSetProducer records = new QueryBitSetProducer(LuceneQueries.RECORDS);
    this.tools =
        new LuceneView.Tools(
            facetsConfig,
            new Highlighting(IndexAnalyzers.create()),
            // "Did you mean" knows the curated synonyms and spelling variants: a word that finds
            // chunks through one of them is no typo.
            new SpellingSuggester(new SynonymAnalyzer()),
            stored,
            new DocumentGroups(stored, records),
            new MatchedFields());
    this.directory = FSDirectory.open(indexDir);
    this.searchers =
        new SearcherManager(
            directory,
            new SearcherFactory() {
              @Override
              public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
                  throws IOException {
                statesBuilt.incrementAndGet();
                return new ReaderSearcher(
                    reader, ReaderState.build(reader, facetsConfig, labels, stored, records));
              }
            });
    this.refresher =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "index-refresh " + indexDir.getFileName());
              thread.setDaemon(true);
              return thread;
            });
    long millis = Math.max(1, refreshEvery.toMillis());
    refresher.scheduleWithFixedDelay(
        this::refreshInBackground, millis, millis, TimeUnit.MILLISECONDS);
  }

  /** The index at {@code indexDir}, refreshed every {@link #REFRESH_EVERY}. */
  public LuceneBackend(Path indexDir, FacetLabels labels) throws IOException {
    this(indexDir, labels, REFRESH_EVERY);
  }

  /** Whether {@code indexDir} holds a committed index, which can be opened without its lock. */
  public static boolean exists(Path indexDir) throws IOException {
    if (!Files.isDirectory(indexDir)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(indexDir)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  @Override
  public SearchBackend.View view() throws IOException {
    ReaderSearcher searcher = (ReaderSearcher) searchers.acquire();
    return new LuceneView(searcher, tools, () -> searchers.release(searcher), null);
  }

  @Override
  public SearchBackend.View view(Duration budget) throws IOException {
    Objects.requireNonNull(budget);
    ReaderSearcher searcher = (ReaderSearcher) searchers.acquire();
    return new LuceneView(searcher, tools, () -> searchers.release(searcher), budget);
  }

  @Override
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** How many reader states were built so far: one per commit opened. */
  int statesBuilt() {
    return statesBuilt.get();
  }

  private void refreshInBackground() {
    try {
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      // The searches go on with the reader they have; the next round tries again.
      LOG.warn("could not open the new index commit: {}", e.toString());
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try {
      if (!refresher.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("the index refresh did not stop within 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    searchers.close();
    directory.close();
  }
}
