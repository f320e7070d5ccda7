package org.policysearch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.policysearch.acronyms.AcronymFinder;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.Indexer;
import org.policysearch.index.IndexingConfig;
import org.policysearch.index.LuceneChunkSink;
import org.policysearch.index.ReportedSkips;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.OpeningBackend;
import org.policysearch.search.ResultCache;
import org.policysearch.search.SearchService;
import org.policysearch.search.lucene.LuceneBackend;
import org.policysearch.structure.Chunker;
import org.policysearch.structure.EnglishWords;
import org.policysearch.tagging.ChunkTagger;
import org.policysearch.tagging.CountryTagger;
import org.policysearch.tagging.SectorTagger;

/**
 * The pipeline's parts wired once: what every command (and the tests) builds the engine from. The
 * taggers (gazetteer, sector taxonomy) are built on a thread of their own, as they take a cold JVM
 * about half a second: a server opens its index and starts listening meanwhile, and whatever needs
 * a tagger first waits for it. The indexer is built when first asked for: a server indexes only
 * after it answers, if at all.
 */
public final class Engine {
  /** The taggers, once built. */
  private record Taggers(CountryTagger countries, SectorTagger sectors) {}

  private final CompletableFuture<Taggers> taggers;
  private final IndexingConfig indexing;
  private volatile Indexer indexer;

  private Engine(CompletableFuture<Taggers> taggers, IndexingConfig indexing) {
    this.taggers = taggers;
    this.indexing = indexing;
  }

  /** The engine with the bundled gazetteer, sector taxonomy and default chunking. */
  public static Engine create() {
    return create(IndexingConfig.defaults());
  }

  /** The engine as {@link #create()} makes it, indexing with {@code indexing}. */
  public static Engine create(IndexingConfig indexing) {
    return new Engine(
        CompletableFuture.supplyAsync(
            () -> new Taggers(new CountryTagger(), new SectorTagger()),
            task -> {
              Thread thread = new Thread(task, "engine-parts");
              thread.setDaemon(true);
              thread.start();
            }),
        indexing);
  }

  /** The gazetteer's tagger of countries and blocs. */
  public CountryTagger countries() {
    return taggers().countries();
  }

  /** The taxonomy's tagger of sectors. */
  public SectorTagger sectors() {
    return taggers().sectors();
  }

  /** The indexer, with the engine's chunker and taggers: one per engine, built on first use. */
  public Indexer indexer() {
    Indexer built = indexer;
    if (built == null) {
      synchronized (this) {
        built = indexer;
        if (built == null) {
          // An acronym that lower-cased is an English word ("WHO") would make that word a
          // synonym.
          AcronymFinder acronyms = new AcronymFinder(word -> EnglishWords.bundled().contains(word));
          built =
              new Indexer(
                  new Chunker(), new ChunkTagger(countries(), sectors()), acronyms, indexing);
          indexer = built;
        }
      }
    }
    return built;
  }

  /** The taggers, waiting for them to be built; one that failed to build fails as it did. */
  private Taggers taggers() {
    try {
      return taggers.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * Brings the index at {@code indexDir} in line with {@code corpusDir}, whose links leading out of
   * it are skipped.
   */
  public IndexSummary index(Path corpusDir, Path indexDir, Indexer.Progress progress)
      throws IOException {
    return index(corpusDir, CorpusReader.Links.INSIDE_CORPUS, indexDir, progress);
  }

  /**
   * Brings the index at {@code indexDir} in line with {@code corpusDir}, following its symbolic
   * links as {@code links} says.
   */
  public IndexSummary index(
      Path corpusDir, CorpusReader.Links links, Path indexDir, Indexer.Progress progress)
      throws IOException {
    return index(corpusDir, links, indexDir, progress, new ReportedSkips());
  }

  /**
   * Brings the index at {@code indexDir} in line with {@code corpusDir} as {@link #index(Path,
   * CorpusReader.Links, Path, Indexer.Progress)} does, without reporting again the skipped files
   * that {@code reported} holds unchanged (a process's later runs over a watched corpus).
   */
  public IndexSummary index(
      Path corpusDir,
      CorpusReader.Links links,
      Path indexDir,
      Indexer.Progress progress,
      ReportedSkips reported)
      throws IOException {
    CorpusReader corpus = CorpusReader.forHeap(Runtime.getRuntime().maxMemory(), links);
    return indexer().run(corpus, corpusDir, indexDir, progress, reported);
  }

  /**
   * A search service over the index at {@code indexDir}, searched with Lucene and refreshed in the
   * background.
   */
  public SearchService searchService(Path indexDir) throws IOException {
    return searchService(
        indexDir, new ResultCache(ResultCache.defaultMegabytes(Runtime.getRuntime().maxMemory())));
  }

  /** {@link #searchService(Path)} keeping the answers to repeated searches in {@code answers}. */
  public SearchService searchService(Path indexDir, ResultCache answers) throws IOException {
    FacetLabels labels = labels();
    return new SearchService(new LuceneBackend(indexDir, labels), labels, answers);
  }

  /**
   * The search service over the index at {@code indexDir} as {@link #searchService(Path,
   * ResultCache)} makes it, but with the index opened on a thread of its own: a server can start
   * meanwhile, and its first requests wait for the index (see {@link OpeningBackend}).
   */
  public SearchService searchServiceOpening(Path indexDir, ResultCache answers) {
    FacetLabels labels = labels();
    return new SearchService(
        OpeningBackend.start(() -> new LuceneBackend(indexDir, labels), "index-open"),
        labels,
        answers);
  }

  /** Whether {@code indexDir} holds a committed index that {@link #searchService} can open. */
  public boolean hasIndex(Path indexDir) throws IOException {
    return LuceneBackend.exists(indexDir);
  }

  /** Whether {@code indexDir} holds an index in the current schema, servable as it is. */
  public boolean hasCurrentIndex(Path indexDir) throws IOException {
    return LuceneChunkSink.isCurrent(indexDir);
  }

  /** The facets' labels, from the engine's taggers: building them does not wait for the taggers. */
  public FacetLabels labels() {
    return new FacetLabels(this::countries, this::sectors);
  }
}
