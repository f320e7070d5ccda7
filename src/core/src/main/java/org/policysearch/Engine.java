package org.policysearch;

import java.io.IOException;
import java.nio.file.Path;
import org.policysearch.acronyms.AcronymFinder;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.index.IndexSummary;
import org.policysearch.index.Indexer;
import org.policysearch.index.IndexingConfig;
import org.policysearch.index.LuceneChunkSink;
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

/** The pipeline's parts wired once: what every command (and the tests) builds the engine from. */
public record Engine(CountryTagger countries, SectorTagger sectors, Indexer indexer) {

  /** The engine with the bundled gazetteer, sector taxonomy and default chunking. */
  public static Engine create() {
    return create(IndexingConfig.defaults());
  }

  /** The engine as {@link #create()} makes it, indexing with {@code indexing}. */
  public static Engine create(IndexingConfig indexing) {
    CountryTagger countries = new CountryTagger();
    SectorTagger sectors = new SectorTagger();
    // An acronym that lower-cased is an English word ("WHO") would make that word a synonym.
    AcronymFinder acronyms = new AcronymFinder(word -> EnglishWords.bundled().contains(word));
    return new Engine(
        countries,
        sectors,
        new Indexer(new Chunker(), new ChunkTagger(countries, sectors), acronyms, indexing));
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
    CorpusReader corpus = CorpusReader.forHeap(Runtime.getRuntime().maxMemory(), links);
    return indexer.run(corpus, corpusDir, indexDir, progress);
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

  public FacetLabels labels() {
    return new FacetLabels(countries, sectors);
  }
}
