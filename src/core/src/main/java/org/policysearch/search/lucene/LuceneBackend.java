package org.policysearch.search.lucene;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.analysis.SynonymAnalyzer;
import org.policysearch.index.FacetRegistry;
import org.policysearch.index.IndexAnalyzers;
import org.policysearch.search.BackgroundRefresh;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.SearchBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk, searched in-process with Lucene. A background thread looks for a new commit
 * every {@code refreshEvery}; a new reader gets its {@link ReaderState} (facet ordinals, stats,
 * acronyms) built as it opens, before any search sees it, and its corpus counts and document list a
 * little later on the refresh thread, so no request refreshes the reader or builds per-reader state
 * unless it asks for those two within seconds of a new commit.
 */
public final class LuceneBackend implements SearchBackend {
  private static final Logger LOG = LoggerFactory.getLogger(LuceneBackend.class);

  /** How often the background refresh looks for a new commit, unless told otherwise. */
  public static final Duration REFRESH_EVERY = Duration.ofSeconds(1);

  /**
   * How long after a reader opens the work no search needs (its corpus counts and document list) is
   * done, when no request asked for it first: a server that has just started answers its first
   * searches sooner without that work beside them (first answer at 1M 2.20 -> 1.87 s).
   */
  private static final Duration LATER = Duration.ofSeconds(3);

  private final Directory directory;

  /** Replaced when a refresh can open the index only afresh (see {@link #reopen}). */
  private volatile SearcherManager searchers;

  private final SearcherFactory factory;
  private final BackgroundRefresh refresher;
  private final LuceneView.Tools tools;

  /** Why the last background refresh failed; null when it succeeded. */
  private volatile String problem;

  /** How many reader states were built: once per commit opened, never per request. */
  private final AtomicInteger statesBuilt = new AtomicInteger();

  /** Opens the index at {@code indexDir} and refreshes it every {@code refreshEvery}. */
  public LuceneBackend(Path indexDir, FacetLabels labels, Duration refreshEvery)
      throws IOException {
    FacetsConfig facetsConfig = FacetRegistry.facetsConfig();
    StoredChunks stored = new StoredChunks(labels);
    // One producer of the records' bit sets, cached per segment, for both kinds of block join.
    BitSetProducer records = new QueryBitSetProducer(LuceneQueries.RECORDS);
    Highlighting highlighting = new Highlighting(IndexAnalyzers.create());
    this.tools =
        new LuceneView.Tools(
            facetsConfig,
            highlighting,
            // "Did you mean" knows the curated synonyms and spelling variants: a word that finds
            // chunks through one of them is no typo.
            new SpellingSuggester(new SynonymAnalyzer()),
            stored,
            new DocumentGroups(stored, records),
            new PageHits(highlighting, stored, new MatchedFields()),
            new SimilarPassages(IndexAnalyzers.create()),
            new SpareCore(Runtime.getRuntime().availableProcessors()));
    this.directory = FSDirectory.open(indexDir);
    // The refresh thread also does each new reader's work that no search needs, a little later.
    this.refresher = new BackgroundRefresh("index-refresh " + indexDir.getFileName());
    this.factory =
        new SearcherFactory() {
          @Override
          public IndexSearcher newSearcher(IndexReader reader, IndexReader previous)
              throws IOException {
            statesBuilt.incrementAndGet();
            return new ReaderSearcher(
                reader,
                ReaderState.build(
                    reader,
                    facetsConfig,
                    labels,
                    stored,
                    records,
                    work -> refresher.later(LATER, work)));
          }
        };
    this.searchers = new SearcherManager(directory, factory);
    refresher.every(refreshEvery, this::refreshInBackground);
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
    return view(null);
  }

  @Override
  public SearchBackend.View view(Duration budget) throws IOException {
    while (true) {
      SearcherManager manager = searchers;
      ReaderSearcher searcher;
      try {
        searcher = (ReaderSearcher) manager.acquire();
      } catch (AlreadyClosedException e) {
        continue; // replaced by a reopen just now: the new one is in the field
      }
      // Given back to the manager it came from, even if a reopen has replaced it since.
      return new LuceneView(searcher, tools, () -> manager.release(searcher), budget);
    }
  }

  @Override
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** How many reader states were built so far: one per commit opened. */
  int statesBuilt() {
    return statesBuilt.get();
  }

  @Override
  public Optional<String> degraded() {
    return Optional.ofNullable(problem);
  }

  @Override
  public String engine() {
    return "lucene";
  }

  @Override
  public Optional<String> cluster() {
    return Optional.empty();
  }

  private void refreshInBackground() {
    try {
      refreshOrReopen();
      if (problem != null) {
        LOG.info("the index can be read again: searching its newest commit");
        problem = null;
      }
    } catch (IOException | RuntimeException e) {
      // The searches go on with the reader they have; the next round tries again. Said once per
      // problem, not every second for as long as it lasts.
      String reason = reason(e);
      if (!reason.equals(problem)) {
        LOG.warn(
            "{}: searching the last commit that could be read until a good one appears ({})",
            reason,
            e.toString());
      }
      problem = reason;
    }
  }

  /**
   * Opens the newest commit from the reader searched now or, when that fails, afresh: an index
   * deleted and rebuilt in place reuses segment names, which a reader refreshed from the old one
   * refuses as illegally changed files, and it would be refused for as long as the server runs.
   */
  private void refreshOrReopen() throws IOException {
    try {
      searchers.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      reopen();
    }
  }

  /** Replaces the searcher manager by one opening the newest commit afresh. */
  private void reopen() throws IOException {
    SearcherManager fresh = new SearcherManager(directory, factory);
    SearcherManager old = searchers;
    searchers = fresh;
    // The searches holding its reader still give it back; it closes with the last of them.
    old.close();
  }

  /** What kept a refresh from opening the index, for the health answer: no path, no class name. */
  private static String reason(Exception e) {
    if (e instanceof NoSuchFileException
        || e instanceof FileNotFoundException
        || e instanceof IndexNotFoundException) {
      return "the index folder or one of its files is missing";
    }
    if (e instanceof CorruptIndexException
        || e instanceof EOFException
        || e instanceof IndexFormatTooOldException
        || e instanceof IndexFormatTooNewException) {
      return "the newest index commit is corrupt or in a format this version cannot read";
    }
    return "the newest index commit could not be opened";
  }

  @Override
  public void close() throws IOException {
    refresher.stop(Duration.ofSeconds(10));
    tools.spare().close();
    searchers.close();
    directory.close();
  }
}
