package org.policysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.policysearch.acronyms.AcronymTable;

/**
 * What {@link SearchService} asks of an index, in the query language's terms (a parsed {@link
 * QueryNode}, resolved facet codes, a window, a sort, a unit) and answered in the API's records:
 * Lucene in-process ({@link org.policysearch.search.lucene.LuceneBackend}) or another engine
 * running the same query builder (a Solr query-parser plugin), so that web, CLI and evaluation
 * never change with the engine.
 */
public interface SearchBackend extends Closeable {

  /** The index as of its latest refresh, unchanged until the view is closed: one per answer. */
  View view() throws IOException;

  /**
   * {@link #view()} whose searches stop when {@code budget} (from now) runs out: each call that
   * runs past it throws {@link SearchTimeoutException}, never returns what was found so far.
   */
  View view(Duration budget) throws IOException;

  /** Opens the newest index commit now, rather than at the next background refresh. */
  void refresh() throws IOException;

  /**
   * Why the index is searched as of an older state than the newest on disk (the last refresh
   * failed: the index was deleted, or its newest commit is corrupt); empty when it is not.
   */
  Optional<String> degraded();

  /** Which engine answers: {@code lucene} (in-process) or {@code solr} (a SolrCloud collection). */
  String engine();

  /**
   * The state of the engine's cluster (its live nodes and each shard's active replicas); empty for
   * an index in this process.
   */
  Optional<String> cluster() throws IOException;

  /** The results of a query, by how many of its plain words they hold. */
  enum Tier {
    /** Every result: those holding any of the words (all of them when the words are not graded). */
    ALL,
    /** Those holding every word. */
    EVERY_WORD,
    /** Those holding some of the words but not all. */
    SOME_WORDS
  }

  /**
   * One run of a query.
   *
   * @param node the parsed query without its facet filters; null selects every chunk
   * @param tier which of its results
   * @param filters the selected codes per facet (OR inside a facet, AND across facets)
   * @param dates the period the documents' dates must fall in; counted drill-sideways with the year
   *     facet, as a selection of years would be
   * @param parties country codes that must all be parties to each result's document
   * @param group whether the results are chunks or the documents that have them
   * @param sort relevance (ties in document order) or date; document order when {@code node} is
   *     null
   * @param from the first result of the page, 0-based
   * @param to the end of the page (exclusive): how many of the best results are collected
   * @param facets whether to count each facet drill-sideways (as if its own selection were lifted)
   * @param explain whether each hit carries the engine's explanation of its score
   * @param linkQuery the query the hits' links carry, for marking words in the document view
   * @param fold whether a passage that reads the same as a better one is folded into it ({@link
   *     SameTextFolding}): only passages ranked by relevance are; totals and facets still count
   *     every passage
   */
  record Run(
      QueryNode node,
      Tier tier,
      Map<String, List<String>> filters,
      DateRange dates,
      List<String> parties,
      SearchRequest.Group group,
      SearchRequest.Sort sort,
      int from,
      int to,
      boolean facets,
      boolean explain,
      String linkQuery,
      boolean fold) {
    public Run {
      Objects.requireNonNull(tier);
      filters = Map.copyOf(filters);
      Objects.requireNonNull(dates);
      parties = List.copyOf(parties);
      Objects.requireNonNull(group);
      Objects.requireNonNull(sort);
    }

    /** This run for the results of {@code other} tier. */
    public Run of(Tier other) {
      return new Run(
          node, other, filters, dates, parties, group, sort, from, to, facets, explain, linkQuery,
          fold);
    }

    /** This run for its results as {@code unit}. */
    public Run as(SearchRequest.Group unit) {
      return new Run(
          node, tier, filters, dates, parties, unit, sort, from, to, facets, explain, linkQuery,
          fold);
    }

    /** This run for its results {@code from} to {@code to}, without facet counts. */
    public Run window(int from, int to) {
      return new Run(
          node, tier, filters, dates, parties, group, sort, from, to, false, explain, linkQuery,
          fold);
    }

    /** Whether this run's results are folded: passages by relevance, when asked. */
    public boolean folds() {
      return fold
          && node != null
          && group == SearchRequest.Group.PASSAGES
          && sort == SearchRequest.Sort.RELEVANCE;
    }

    /** This run with its passages each listed, none folded into another. */
    public Run unfolded() {
      return new Run(
          node, tier, filters, dates, parties, group, sort, from, to, facets, explain, linkQuery,
          false);
    }

    /** This run with hits linking to {@code query}. */
    public Run linking(String query) {
      return new Run(
          node, tier, filters, dates, parties, group, sort, from, to, facets, explain, query, fold);
    }
  }

  /**
   * A run's results.
   *
   * @param total how many results match (chunks, or documents when grouped by document)
   * @param facets the drill-sideways counts, empty when not asked for
   * @param hits the page's chunks, marked, when the run is of chunks
   * @param documents the page's documents with their best passages, when grouped by document
   * @param folded how many of the results ranked before the page's end were folded into a better
   *     one with the same text (each hit lists those folded into it); 0 when not folded
   */
  record Page(
      long total, FacetCounts facets, List<Hit> hits, List<DocumentHit> documents, int folded) {
    public Page {
      Objects.requireNonNull(facets);
      hits = List.copyOf(hits);
      documents = List.copyOf(documents);
    }

    /** A page of results none of which is folded into another. */
    public Page(long total, FacetCounts facets, List<Hit> hits, List<DocumentHit> documents) {
      this(total, facets, hits, documents, 0);
    }
  }

  /** One consistent state of the index; what one search reads. */
  interface View extends Closeable {

    /**
     * Whether a result of {@code node} may hold only some of its words (then the {@link Tier}s
     * differ); false when every result holds them all.
     */
    boolean gradesWords(QueryNode node);

    /** The page of {@code run}'s results, with its total and facet counts. */
    Page search(Run run) throws IOException;

    /**
     * What this view reads, as a key: two views with equal generations give the same answer to the
     * same request, so an answer may be kept and given again; null when the engine cannot say
     * (nothing is kept).
     */
    default Object generation() {
      return null;
    }

    /**
     * {@code run}'s results from {@code run.from()} to {@code run.to()}, in order, handed to {@code
     * pages} {@code batch} at a time, without facet counts: for an export of thousands of results,
     * whose pages would not fit in memory at once. This default asks {@link #search} for each
     * batch; an engine that can rank once and read on should.
     */
    default void stream(Run run, int batch, Consumer<Page> pages) throws IOException {
      for (int from = run.from(); from < run.to(); from += batch) {
        Page page = search(run.window(from, Math.min(run.to(), from + batch)));
        if (page.hits().isEmpty() && page.documents().isEmpty()) {
          return;
        }
        pages.accept(page);
      }
    }

    /**
     * Each document with a chunk among {@code run}'s results (its tier, filters, period and
     * parties; page, sort, unit and facets ignored), with its parties and its matching passages by
     * sector.
     */
    List<DocumentTally> tally(Run run) throws IOException;

    /** How many results {@code run} has; its page, sort and facets are ignored. */
    long count(Run run) throws IOException;

    /**
     * {@link #count}, asked before it is known to be needed: a backend may work it out beside the
     * caller's next search when it has a core to spare, and otherwise counts only if asked.
     */
    default Count countAside(Run run) throws IOException {
      return () -> count(run);
    }

    /** A count that {@link #countAside} may still be working out. */
    interface Count {
      long get() throws IOException;
    }

    /** {@code query} with the words the index does not know corrected, or null. */
    String suggest(String query) throws IOException;

    /**
     * A document with its chunks from ordinal {@code from}, at most {@code size} of them, in order,
     * {@code marks}'s words marked (null marks nothing); empty when no document has {@code id}.
     */
    Optional<DocumentView> document(String id, QueryNode marks, int from, int size)
        throws IOException;

    /**
     * The sections of document {@code id} in order, from its chunks' section paths (see {@link
     * DocumentOutline.Builder}); empty when no document has {@code id}. Reads every chunk's path,
     * not its text: one answer for the whole document, however long.
     */
    Optional<DocumentOutline> outline(String id) throws IOException;

    /**
     * The chunks of document {@code id} that {@code query}'s words are marked in by {@link
     * #document} given the same query, in order, each with how many marks it gets there; empty when
     * no document has {@code id}.
     */
    Optional<List<DocumentMatches.Chunk>> find(String id, QueryNode query) throws IOException;

    /**
     * The passages of other documents that read most like chunk {@code chunkId}, best first, at
     * most {@code size} of them, each marked with the words it shares with the chunk; empty when no
     * chunk has that id. Passages that read the same, or nearly, fold into the best of them as a
     * search's do ({@link SameTextFolding#ranked}, over the best {@link
     * SameTextFolding#SIMILAR_WINDOW}), so the {@code size} hits are as many different texts.
     */
    Optional<List<Hit>> similar(String chunkId, int size) throws IOException;

    /**
     * Chunk {@code chunkId} and, in each of {@code documentIds}, the chunk that reads most like it
     * (its words weighed by rarity, its headings), each marked with the words they share; a
     * document with no such chunk, or no such document, has none. Empty when no chunk has the id.
     */
    Optional<Counterparts> counterparts(String chunkId, List<String> documentIds)
        throws IOException;

    /** A chunk and its counterparts by document id (a document without one is left out). */
    record Counterparts(Hit source, Map<String, Hit> byDocument) {
      public Counterparts {
        byDocument = Map.copyOf(byDocument);
      }
    }

    /** Every document's metadata and chunk count, by id. */
    List<DocumentSummary> documents() throws IOException;

    /** Every value of every facet with its count over the whole corpus. */
    FacetCounts facets() throws IOException;

    /** How many documents and chunks the index holds. */
    IndexStats stats();

    /** The acronyms the indexed documents define. */
    AcronymTable acronyms();

    /** Releases the state, which a later refresh may then drop. */
    @Override
    void close() throws IOException;
  }
}
