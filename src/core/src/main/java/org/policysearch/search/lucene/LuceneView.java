package org.policysearch.search.lucene;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.index.Fields;
import org.policysearch.search.DocumentChunk;
import org.policysearch.search.DocumentHit;
import org.policysearch.search.DocumentMatches;
import org.policysearch.search.DocumentOutline;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.DocumentTally;
import org.policysearch.search.DocumentView;
import org.policysearch.search.FacetCounts;
import org.policysearch.search.Hit;
import org.policysearch.search.IndexStats;
import org.policysearch.search.QueryNode;
import org.policysearch.search.SameTextFolding;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.SearchBackend.Page;
import org.policysearch.search.SearchBackend.Run;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchTimeoutException;
import org.policysearch.structure.ChunkKind;

/**
 * One acquired Lucene searcher answering the {@link SearchBackend.View} calls: runs drill-sideways
 * with {@link LuceneQueries}, reads and highlights the page's chunks, and reads the per-reader
 * state built when the reader opened.
 */
final class LuceneView implements SearchBackend.View {
  private static final Sort DOCUMENT_ORDER =
      new Sort(
          new SortField(Fields.DOC_ID, SortField.Type.STRING),
          new SortField(Fields.ORDINAL, SortField.Type.LONG));

  /**
   * What an outline reads of each chunk: its place, and its text, which only a heading's is needed
   * of but which comes with the block the place is read from.
   */
  private static final Set<String> PLACE_AND_TEXT =
      Set.of(Fields.ORDINAL, Fields.KIND, Fields.SECTION_PATH, Fields.TEXT);

  /** Chunks marked at once while counting a document's matches: one highlighter pass each. */
  private static final int FIND_BATCH = 500;

  /** What every view of one backend shares: built once, safe for concurrent use. */
  record Tools(
      FacetsConfig facetsConfig,
      Highlighting highlighting,
      SpellingSuggester suggester,
      StoredChunks stored,
      DocumentGroups groups,
      PageHits pageHits,
      SimilarPassages similar,
      SpareCore spare) {}

  /** Gives the searcher back to the searcher manager. */
  interface Release {
    void release() throws IOException;
  }

  private final IndexSearcher searcher;
  private final ReaderSearcher shared;
  private final ReaderState state;
  private final Tools tools;
  private final Release release;
  private final Duration budget;
  private final QueryTimeout timeout;

  /**
   * The last query {@link #checkPrefixes} let through: a view answers one request, on one thread.
   */
  private QueryNode checked;

  /** Work of this view on a spare core, waited for before the reader is released. */
  private final List<Future<?>> aside = new ArrayList<>();

  /**
   * A view of {@code shared}'s reader; with a {@code budget} (null: none), its searches stop when
   * the budget runs out.
   */
  LuceneView(ReaderSearcher shared, Tools tools, Release release, Duration budget) {
    this.shared = shared;
    this.state = shared.state();
    this.tools = tools;
    this.release = release;
    this.budget = budget;
    if (budget == null) {
      this.searcher = shared;
      this.timeout = null;
    } else {
      // The timeout and the "timed out" flag live on the searcher, which the manager shares
      // between requests: each budgeted view gets a searcher of its own over the same reader.
      this.timeout = new QueryTimeoutImpl(Math.max(1, budget.toMillis()));
      this.searcher = new IndexSearcher(shared.getIndexReader());
      searcher.setSimilarity(shared.getSimilarity());
      searcher.setTimeout(timeout);
    }
    // Last, so that a view counts as a search only once it is made, and close() uncounts it.
    tools.spare().entered();
  }

  /**
   * The searcher counting {@code run}'s facets drill-sideways. With a facet selected, Lucene's
   * drill-sideways scorer must see a segment in one go and refuses the time-limited scorer's slices
   * (an IllegalArgumentException): that one search runs without the timeout, the budget looked at
   * before and after it.
   */
  private IndexSearcher sideways(Run run) {
    return run.filters().isEmpty() && run.dates().isAny() ? searcher : shared;
  }

  /**
   * Throws when the budget has run out: Lucene stops a search at its timeout and returns what it
   * collected so far (then {@link IndexSearcher#timedOut()}), a partial page and count that must
   * not pass for the answer; between searches, the highlighting and explanations still to come
   * would only run further past it.
   */
  private void inTime() {
    if (timeout != null && (searcher.timedOut() || timeout.shouldExit())) {
      throw new SearchTimeoutException(budget);
    }
  }

  @Override
  public boolean gradesWords(QueryNode node) {
    return state.queries().gradesWords(node);
  }

  @Override
  public Object generation() {
    // One searcher per reader the manager opens: a new commit, a new generation.
    return shared;
  }

  @Override
  public Page search(Run run) throws IOException {
    if (state.facetOrdinals() == null) {
      // Every chunk has a document type facet, so an index without facet state has no chunks.
      return new Page(0, FacetCounts.NONE, List.of(), List.of());
    }
    Ranked ranked = rank(run);
    if (ranked.folding() != null) {
      return folded(run, ranked);
    }
    ScoreDoc[] page = page(ranked.best(), run.from());
    boolean grouped = run.group() == SearchRequest.Group.DOCUMENT;
    List<Hit> hits = grouped ? List.of() : hits(run, page);
    // A document's best passages come from one more search, which may stop short as well.
    List<DocumentHit> documents = grouped ? documents(run, page) : List.of();
    inTime();
    return new Page(ranked.total(), SpareCore.await(ranked.facets()), hits, documents);
  }

  /** The page of a folded run: the best chunk of each text, with those folded into it. */
  private Page folded(Run run, Ranked ranked) throws IOException {
    SameTextFolding.Folded folding = ranked.folding();
    ScoreDoc[] best = ranked.best();
    ScoreDoc[] page =
        Arrays.stream(folding.page()).mapToObj(rank -> best[rank]).toArray(ScoreDoc[]::new);
    StoredPaths paths = new StoredPaths(searcher);
    List<Hit> folded =
        folding.hits(
            hits(run, page),
            rank ->
                SameTextWindow.passage(best[rank], run.linkQuery())
                    .under(paths.of(best[rank].doc)));
    inTime();
    return new Page(
        ranked.total(), SpareCore.await(ranked.facets()), folded, List.of(), folding.folded());
  }

  /**
   * Ranks once and reads the results in batches: paging through {@link #search} would collect and
   * rescore the top results again for every page, and could order them differently from one page to
   * the next as the rescored window grows.
   */
  @Override
  public void stream(Run run, int batch, Consumer<Page> pages) throws IOException {
    if (state.facetOrdinals() == null || run.to() <= run.from()) {
      return;
    }
    ScoreDoc[] best = rank(run.unfolded().window(run.from(), run.to())).best();
    boolean grouped = run.group() == SearchRequest.Group.DOCUMENT;
    for (int from = run.from(); from < best.length; from += batch) {
      ScoreDoc[] slice = Arrays.copyOfRange(best, from, Math.min(best.length, from + batch));
      pages.accept(
          new Page(
              best.length,
              FacetCounts.NONE,
              grouped ? List.of() : hits(run, slice),
              grouped ? documents(run, slice) : List.of()));
      inTime();
    }
  }

  @Override
  public List<DocumentTally> tally(Run run) throws IOException {
    if (state.facetOrdinals() == null) {
      return List.of();
    }
    checkPrefixes(run.node());
    Run chunks = run.as(SearchRequest.Group.PASSAGES);
    try {
      List<DocumentTally> tallies =
          Tallies.of(
              searcher,
              drillDown(select(chunks, false), chunks),
              tools.facetsConfig().getDimConfig(Fields.SECTOR).indexFieldName);
      inTime();
      return tallies;
    } catch (TooManyClauses e) {
      throw ClauseOverflow.of(run.node(), state.queries());
    }
  }

  /**
   * Drill-sideways that counts the facets on a spare core once the matches are collected: the
   * counting needs only the matches, so it runs while this thread ranks the window and reads the
   * page's hits.
   */
  private final class CountingAside extends DrillSideways {
    private Future<FacetCounts> counts;

    CountingAside(IndexSearcher searcher, ReaderState reader) {
      super(searcher, tools.facetsConfig(), reader.facetOrdinals());
    }

    @Override
    protected Facets buildFacetsResult(
        FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims) {
      counts =
          tools
              .spare()
              .submit(
                  () ->
                      ReaderState.counts(
                          CountingAside.super.buildFacetsResult(drillDowns, drillSideways, dims)));
      return null; // read from counts, when the page is put together
    }
  }

  /** A run's results in order, the first {@code run.to()} of them, with its total and facets. */
  private record Ranked(
      long total, Future<FacetCounts> facets, ScoreDoc[] best, SameTextFolding.Folded folding) {

    /** The results of a run that are not folded. */
    Ranked(long total, Future<FacetCounts> facets, ScoreDoc[] best) {
      this(total, facets, best, null);
    }
  }

  private Ranked rank(Run run) throws IOException {
    checkPrefixes(run.node());
    inTime();
    try {
      // By relevance, the passages are matched and counted without the ranking-only clauses,
      // which then rank the best of them: scoring them on every match is a third of the cost.
      boolean rescored =
          run.node() != null
              && run.sort() == SearchRequest.Sort.RELEVANCE
              && run.group() == SearchRequest.Group.PASSAGES;
      DrillDownQuery drill = drillDown(select(run, true, !rescored), run);
      // The window to rescore is collected by score alone, unordered: sorting every match by
      // score, document id and ordinal costs a tenth of a search, and the rescorer orders it.
      Sort sort = rescored ? null : sort(run.node(), run.sort());
      // Folding passes over those folded: twice the page's end holds enough of the others.
      int collected =
          run.folds()
              ? Math.max(2 * run.to(), TopWindowRescorer.WINDOW)
              : rescored ? Math.max(run.to(), TopWindowRescorer.WINDOW) : run.to();
      TopDocs top;
      Future<FacetCounts> facets = CompletableFuture.completedFuture(FacetCounts.NONE);
      if (run.facets()) {
        CountingAside sideways = new CountingAside(sideways(run), state);
        if (rescored) {
          top = sideways.search(drill, new BestByScore(collected, state.order())).collectorResult;
        } else {
          top = sideways.search(drill, null, null, collected, sort, false).hits;
        }
        facets = sideways.counts;
        aside.add(facets);
      } else {
        top =
            rescored
                ? searcher.search(drill, new BestByScore(collected, state.order()))
                : searcher.search(drill, collected, sort, false);
      }
      inTime();
      ScoreDoc[] best = scored(top);
      if (rescored && run.folds()) {
        best =
            TopWindowRescorer.rescoreFolding(
                searcher, best, state.queries().ranking(run.node()), run.to());
        inTime();
        SameTextFolding.Folded folding =
            SameTextFolding.fold(
                Arrays.stream(best).mapToLong(SameTextWindow::readAs).toArray(),
                Arrays.stream(best).mapToLong(SameTextWindow::signature).toArray(),
                run.from(),
                run.to());
        return new Ranked(top.totalHits.value, facets, best, folding);
      }
      if (rescored) {
        best =
            TopWindowRescorer.rescore(
                searcher, best, state.queries().ranking(run.node()), run.to());
        inTime();
      }
      return new Ranked(top.totalHits.value, facets, best);
    } catch (TooManyClauses e) {
      throw ClauseOverflow.of(run.node(), state.queries());
    }
  }

  /**
   * Refuses a query whose prefixes expand to too many words, once per query: an answer searches and
   * counts the same query in several runs, and each check walks the prefixes' terms.
   */
  private void checkPrefixes(QueryNode node) throws IOException {
    if (node != null && node != checked) {
      PrefixBudget.check(node, state.queries());
      checked = node;
    }
  }

  @Override
  public long count(Run run) throws IOException {
    checkPrefixes(run.node());
    inTime();
    try {
      long count = searcher.count(drillDown(select(run, false), run));
      inTime();
      return count;
    } catch (TooManyClauses e) {
      throw ClauseOverflow.of(run.node(), state.queries());
    }
  }

  @Override
  public Count countAside(Run run) throws IOException {
    // Checked here, so that the count on the other thread finds the query checked already.
    checkPrefixes(run.node());
    Future<Long> counting = tools.spare().trySubmit(() -> count(run));
    if (counting == null) {
      return () -> count(run);
    }
    aside.add(counting);
    return () -> SpareCore.await(counting);
  }

  /**
   * What selects (and when {@code ranked}, ranks) the results of {@code run}'s tier, as its unit.
   */
  private Query select(Run run, boolean ranked) {
    return select(run, ranked, true);
  }

  /**
   * {@link #select}; when {@code withRankingClauses} is false, scored without the clauses that only
   * rank (see {@link LuceneQueries#ranking}).
   */
  private Query select(Run run, boolean ranked, boolean withRankingClauses) {
    return state
        .queries()
        .select(run.node(), run.tier(), ranked, withRankingClauses, chunks -> unit(chunks, run));
  }

  /** {@code chunks} as the unit the run asks for: chunks, or the documents that have them. */
  private Query unit(Query chunks, Run run) {
    return run.group() == SearchRequest.Group.DOCUMENT ? tools.groups().documents(chunks) : chunks;
  }

  private DrillDownQuery drillDown(Query base, Run run) {
    DrillDownQuery drill =
        new DrillDownQuery(
            tools.facetsConfig(), run.parties().isEmpty() ? base : between(base, run));
    boolean period = !run.dates().isAny();
    run.filters()
        .forEach(
            (dimension, values) -> {
              if (!(period && dimension.equals(Fields.YEAR))) {
                values.forEach(v -> drill.add(dimension, v));
              }
            });
    if (period) {
      drill.add(Fields.YEAR, period(run));
    }
    return drill;
  }

  /**
   * {@code base} kept to the documents every one of {@code run}'s parties is party to: the parties
   * are on the documents' records, which the chunks reach through their block.
   */
  private Query between(Query base, Run run) {
    BooleanQuery.Builder records = new BooleanQuery.Builder();
    records.add(LuceneQueries.RECORDS, BooleanClause.Occur.FILTER);
    for (String party : run.parties()) {
      records.add(new TermQuery(new Term(Fields.PARTY, party)), BooleanClause.Occur.FILTER);
    }
    Query documents = records.build();
    Query kept =
        run.group() == SearchRequest.Group.DOCUMENT
            ? documents
            : tools.groups().chunksOf(documents);
    return new BooleanQuery.Builder()
        .add(base, BooleanClause.Occur.MUST)
        .add(kept, BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * The documents of {@code run}'s period and its ticked years: one restriction of the year facet,
   * so that its counts (the page's histogram) are drill-sideways of both, as if neither were set.
   */
  private Query period(Run run) {
    Query range =
        NumericDocValuesField.newSlowRangeQuery(
            Fields.DATE_SORT, run.dates().from(), run.dates().to());
    List<String> years = run.filters().getOrDefault(Fields.YEAR, List.of());
    if (years.isEmpty()) {
      return range;
    }
    String field = tools.facetsConfig().getDimConfig(Fields.YEAR).indexFieldName;
    BooleanQuery.Builder anyYear = new BooleanQuery.Builder();
    years.forEach(
        y ->
            anyYear.add(
                new TermQuery(DrillDownQuery.term(field, Fields.YEAR, y)),
                BooleanClause.Occur.SHOULD));
    return new BooleanQuery.Builder()
        .add(anyYear.build(), BooleanClause.Occur.FILTER)
        .add(range, BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * The hits with their scores, read from the sort values: every sort but document order sorts by
   * score too, so asking the collector for scores would compute each page's scores a second time.
   */
  private static ScoreDoc[] scored(TopDocs top) {
    for (ScoreDoc hit : top.scoreDocs) {
      if (hit instanceof FieldDoc sorted) {
        // The score is the one float among the sort values; document order has none.
        hit.score = 0f;
        for (Object value : sorted.fields) {
          if (value instanceof Float score) {
            hit.score = score;
          }
        }
      }
    }
    return top.scoreDocs;
  }

  /** The results from {@code from} on among the top ones the search collected. */
  private static ScoreDoc[] page(ScoreDoc[] top, int from) {
    return Arrays.copyOfRange(top, Math.min(from, top.length), top.length);
  }

  /** The page's documents, each with its best passages marked as {@link #hits} marks chunks. */
  private List<DocumentHit> documents(Run run, ScoreDoc[] page) throws IOException {
    return tools
        .groups()
        .page(
            searcher,
            page,
            DocumentGroups.passages(state.queries(), run.node()),
            chunks -> hits(run, chunks));
  }

  private List<Hit> hits(Run run, ScoreDoc[] page) throws IOException {
    QueryNode node = run.node();
    // Explaining re-reads every matched word's postings per hit: a page of 100 over many
    // prefixes costs seconds, so the budget is looked at before each.
    Query explained = run.explain() && node != null ? state.queries().everyWordFirst(node) : null;
    return tools
        .pageHits()
        .of(
            searcher,
            state.queries(),
            node,
            page,
            run.linkQuery(),
            explained == null
                ? null
                : doc -> {
                  inTime();
                  return searcher.explain(explained, doc).toString();
                });
  }

  @Override
  public String suggest(String query) throws IOException {
    inTime();
    return tools.suggester().suggest(searcher.getIndexReader(), query);
  }

  @Override
  public Optional<DocumentView> document(String id, QueryNode marks, int from, int size)
      throws IOException {
    ChunkRange range = chunksOf(id, from, size);
    if (range.total() == 0) {
      return Optional.empty();
    }
    int[] ids = range.ids();
    Query marked = marks == null ? new MatchAllDocsQuery() : state.queries().highlighting(marks);
    Map<Integer, Document> loaded = StoredChunks.readInOrder(searcher, ids);
    String[] texts =
        ids.length == 0
            ? new String[0]
            : tools.highlighting().fullTexts(searcher, marked, ids, loaded);
    List<DocumentChunk> view = new ArrayList<>(ids.length);
    for (int i = 0; i < ids.length; i++) {
      view.add(tools.stored().chunk(loaded.get(ids[i]), texts[i]));
    }
    // The document's first chunk stores its metadata; a page that starts there has read it.
    Document first = loaded.get(range.first());
    if (first == null) {
      first = searcher.storedFields().document(range.first());
    }
    int start = Math.min(from, range.total());
    return Optional.of(
        new DocumentView(
            tools.stored().summary(first), range.total(), start, start + ids.length, view));
  }

  /**
   * A range of a document's chunks: how many it has, the index id of its first, and the index ids
   * of those asked for, in order.
   */
  private record ChunkRange(int total, int first, int[] ids) {}

  /**
   * The index ids of document {@code id}'s chunks {@code from} to {@code from + size}, in order,
   * with its chunk count: read off its id's postings, since a document's chunks are one block
   * written in order, and only the range kept, so that a request costs its page, not its document.
   */
  private ChunkRange chunksOf(String id, int from, int size) throws IOException {
    Query chunks =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.DOC_ID, id)), BooleanClause.Occur.FILTER)
            .add(LuceneQueries.CHUNKS, BooleanClause.Occur.FILTER)
            .build();
    return collect(chunks, from, (long) from + size);
  }

  @Override
  public Optional<DocumentOutline> outline(String id) throws IOException {
    int[] ids = chunksOf(id, 0, Integer.MAX_VALUE).ids();
    if (ids.length == 0) {
      return Optional.empty();
    }
    InOrderStoredFields stored = new InOrderStoredFields(searcher);
    DocumentOutline.Builder outline = new DocumentOutline.Builder(id);
    for (int doc : ids) {
      // The text with the place: a heading's chunk read once, not once for each.
      Document place = stored.document(doc, PLACE_AND_TEXT);
      String heading =
          ChunkKind.HEADING.code().equals(place.get(Fields.KIND)) ? place.get(Fields.TEXT) : null;
      outline.add(
          place.getField(Fields.ORDINAL).numericValue().intValue(),
          Arrays.asList(place.getValues(Fields.SECTION_PATH)),
          heading);
    }
    return Optional.of(outline.build());
  }

  @Override
  public Optional<List<DocumentMatches.Chunk>> find(String id, QueryNode query) throws IOException {
    if (chunksOf(id, 0, 0).total() == 0) {
      return Optional.empty();
    }
    checkPrefixes(query);
    inTime();
    // What the document view marks, and only in this document's chunks: the count is of the
    // marks the page will show, so the highlighter that makes them counts them.
    Query marks = state.queries().highlighting(query);
    Query matching =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(Fields.DOC_ID, id)), BooleanClause.Occur.FILTER)
            .add(LuceneQueries.CHUNKS, BooleanClause.Occur.FILTER)
            .add(marks, BooleanClause.Occur.MUST)
            .build();
    int[] ids;
    try {
      ids = collect(matching, 0, Long.MAX_VALUE).ids();
    } catch (TooManyClauses e) {
      throw ClauseOverflow.of(query, state.queries());
    }
    List<DocumentMatches.Chunk> chunks = new ArrayList<>(ids.length);
    for (int start = 0; start < ids.length; start += FIND_BATCH) {
      inTime();
      int[] batch = Arrays.copyOfRange(ids, start, Math.min(ids.length, start + FIND_BATCH));
      Map<Integer, Document> loaded = StoredChunks.readInOrder(searcher, batch);
      String[] texts = tools.highlighting().fullTexts(searcher, marks, batch, loaded);
      for (int i = 0; i < batch.length; i++) {
        int count = texts[i] == null ? 0 : DocumentMatches.marks(texts[i]);
        if (count > 0) {
          int ordinal = loaded.get(batch[i]).getField(Fields.ORDINAL).numericValue().intValue();
          chunks.add(new DocumentMatches.Chunk(ordinal, count));
        }
      }
    }
    chunks.sort(Comparator.comparingInt(DocumentMatches.Chunk::ordinal));
    return Optional.of(chunks);
  }

  /**
   * How many chunks {@code query} matches, the index id of the first, and the ids of the {@code
   * from}-th to the one before the {@code end}-th, in index order: only the range is kept.
   */
  private ChunkRange collect(Query query, int from, long end) throws IOException {
    List<Integer> ids = new ArrayList<>();
    int[] seen = {0, -1};
    searcher.search(
        query,
        new SimpleCollector() {
          private int base;

          @Override
          protected void doSetNextReader(LeafReaderContext context) {
            base = context.docBase;
          }

          @Override
          public void collect(int doc) {
            int ordinal = seen[0]++;
            if (ordinal == 0) {
              seen[1] = base + doc;
            }
            if (ordinal >= from && ordinal < end) {
              ids.add(base + doc);
            }
          }

          @Override
          public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
          }
        });
    return new ChunkRange(seen[0], seen[1], ids.stream().mapToInt(Integer::intValue).toArray());
  }

  @Override
  public Optional<List<Hit>> similar(String chunkId, int size) throws IOException {
    inTime();
    int doc = SimilarPassages.find(searcher, chunkId);
    if (doc < 0) {
      return Optional.empty();
    }
    String documentId = searcher.storedFields().document(doc).get(Fields.DOC_ID);
    Query like = tools.similar().like(searcher.getIndexReader(), doc);
    // Equal scores keep document order, as search results do. A template sentence copied into
    // many agreements is one text: its copies fold into the best of them, as a search's do, so the
    // window holds more than the answer.
    TopDocs top =
        searcher.search(
            SimilarPassages.elsewhere(like, documentId),
            Math.max(size, SameTextFolding.SIMILAR_WINDOW),
            new Sort(
                SortField.FIELD_SCORE, DOCUMENT_ORDER.getSort()[0], DOCUMENT_ORDER.getSort()[1]),
            true);
    inTime();
    ScoreDoc[] window = scored(top);
    SameTextFolding.Folded folding = SameTextWindow.foldRanked(searcher, window, size);
    ScoreDoc[] page =
        Arrays.stream(folding.page()).mapToObj(rank -> window[rank]).toArray(ScoreDoc[]::new);
    StoredPaths paths = new StoredPaths(searcher);
    List<Hit> hits =
        folding.hits(
            tools.pageHits().similar(searcher, like, page),
            rank -> SameTextWindow.passage(window[rank], null).under(paths.of(window[rank].doc)));
    inTime();
    return Optional.of(hits);
  }

  @Override
  public Optional<Counterparts> counterparts(String chunkId, List<String> documentIds)
      throws IOException {
    inTime();
    int doc = SimilarPassages.find(searcher, chunkId);
    if (doc < 0) {
      return Optional.empty();
    }
    Document source = searcher.storedFields().document(doc);
    Query like = tools.similar().like(searcher.getIndexReader(), doc);
    // The same clause usually sits under the same heading ("Dispute Settlement"): a chunk whose
    // headings share the source's words counts as much again as one sharing its text.
    BooleanQuery.Builder headings = new BooleanQuery.Builder();
    for (String word :
        tools.similar().words(String.join(" ", source.getValues(Fields.SECTION_PATH)))) {
      headings.add(new TermQuery(new Term(Fields.SECTION_PATH, word)), BooleanClause.Occur.SHOULD);
    }
    Query aligned =
        new BooleanQuery.Builder()
            .add(like, BooleanClause.Occur.SHOULD)
            .add(new BoostQuery(headings.build(), 2f), BooleanClause.Occur.SHOULD)
            .setMinimumNumberShouldMatch(1)
            .build();
    ScoreDoc[] sourceDoc = {new ScoreDoc(doc, 0f)};
    Hit marked = tools.pageHits().similar(searcher, like, sourceDoc).get(0);
    Map<String, Hit> best = new LinkedHashMap<>();
    for (String documentId : documentIds) {
      Query within =
          new BooleanQuery.Builder()
              .add(aligned, BooleanClause.Occur.MUST)
              .add(LuceneQueries.CHUNKS, BooleanClause.Occur.FILTER)
              .add(new TermQuery(new Term(Fields.DOC_ID, documentId)), BooleanClause.Occur.FILTER)
              .build();
      TopDocs top = searcher.search(within, 1);
      if (top.scoreDocs.length > 0) {
        best.put(documentId, tools.pageHits().similar(searcher, like, top.scoreDocs).get(0));
      }
      inTime();
    }
    return Optional.of(new Counterparts(marked, best));
  }

  @Override
  public List<DocumentSummary> documents() throws IOException {
    return state.documents().get();
  }

  @Override
  public FacetCounts facets() throws IOException {
    return state.corpusFacets().get();
  }

  @Override
  public IndexStats stats() {
    return state.stats();
  }

  @Override
  public AcronymTable acronyms() {
    return state.acronyms();
  }

  private static Sort sort(QueryNode node, SearchRequest.Sort sort) {
    if (sort == SearchRequest.Sort.NEWEST) {
      return new Sort(
          new SortField(Fields.DATE_SORT, SortField.Type.LONG, true),
          new SortField(Fields.INDEXED, SortField.Type.LONG, true),
          DOCUMENT_ORDER.getSort()[0],
          DOCUMENT_ORDER.getSort()[1]);
    }
    if (sort == SearchRequest.Sort.DATE) {
      return new Sort(
          new SortField(Fields.DATE_SORT, SortField.Type.LONG, true),
          SortField.FIELD_SCORE,
          DOCUMENT_ORDER.getSort()[0],
          DOCUMENT_ORDER.getSort()[1]);
    }
    if (node == null) {
      return DOCUMENT_ORDER;
    }
    // Equal scores keep document order, so results are deterministic.
    return new Sort(
        SortField.FIELD_SCORE, DOCUMENT_ORDER.getSort()[0], DOCUMENT_ORDER.getSort()[1]);
  }

  @Override
  public void close() throws IOException {
    try {
      for (Future<?> work : aside) {
        try {
          SpareCore.await(work);
        } catch (IOException | RuntimeException e) {
          // The answer that wanted it has failed already; the reader must still go back.
        }
      }
    } finally {
      tools.spare().left();
      release.release();
    }
  }
}
