package org.policysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.analysis.SynonymAnalyzer;
import org.policysearch.index.Fields;
import org.policysearch.index.IndexAnalyzers;
import org.policysearch.index.IndexedDocuments;

/**
 * Answers searches, document views and facet listings from the index; knows nothing of HTTP. Safe
 * for concurrent use; picks up a new index commit on the next request.
 */
public final class SearchService implements Closeable {
  /** Fewer hits than this and the answer also carries a "did you mean" suggestion. */
  private static final int SUGGEST_BELOW = 3;

  private static final Sort DOCUMENT_ORDER =
      new Sort(
          new SortField(Fields.DOC_ID, SortField.Type.STRING),
          new SortField(Fields.ORDINAL, SortField.Type.LONG));

  private final Directory directory;
  private final SearcherManager searchers;
  private final FacetsConfig facetsConfig = Fields.facetsConfig();
  private final ReaderQueries queries;
  private final Highlighting highlighting = new Highlighting(IndexAnalyzers.create());
  private final SpellingSuggester suggester;
  private final FacetLabels labels;
  private final FacetCounts facetCounts;
  private final StoredChunks stored;
  private final FacetStates facetStates = new FacetStates(facetsConfig);
  private final MatchedFields matchedFields = new MatchedFields();

  /** The whole corpus's facet counts, counted once per index commit rather than per request. */
  private final PerReader<Map<String, List<FacetValue>>> corpusFacets =
      new PerReader<>(reader -> corpusFacets(new IndexSearcher(reader)));

  /** The document list, read once per index commit: it reads a stored chunk per document. */
  private final PerReader<List<DocumentSummary>> documentList =
      new PerReader<>(
          reader ->
              IndexedDocuments.oneChunkEach(reader).values().stream()
                  .map(this::summaryOf)
                  .toList());

  private final DocumentGroups groups;

  public SearchService(Path indexDir, FacetLabels labels) throws IOException {
    this.directory = FSDirectory.open(indexDir);
    this.searchers = new SearcherManager(directory, null);
    this.labels = labels;
    // One producer of the records' bit sets, cached per segment, for both kinds of block join.
    BitSetProducer records = new QueryBitSetProducer(LuceneQueries.RECORDS);
    this.queries = new ReaderQueries(labels, records);
    // "Did you mean" knows the curated synonyms and spelling variants: a word that finds chunks
    // through one of them is no typo.
    this.suggester = new SpellingSuggester(new SynonymAnalyzer());
    this.facetCounts = new FacetCounts(labels);
    this.stored = new StoredChunks(labels);
    this.groups = new DocumentGroups(stored, records);
  }

  /**
   * Ranked, highlighted, faceted chunks for {@code request}; documents with their best chunks when
   * it groups by document.
   */
  public SearchResult search(SearchRequest request) throws IOException {
    long start = System.nanoTime();
    // "country:KR" typed in the query selects KR as ticking its box does.
    QueryFacets typed = QueryFacets.of(parse(request.query()));
    QueryNode node = typed.rest();
    Map<String, List<String>> filters = resolveFilters(typed.addedTo(request.filters()));
    IndexSearcher searcher = acquire();
    try {
      Attempt attempt = attempt(searcher, node, filters, request);
      long total = attempt.total();
      String suggestion =
          node != null && (total < SUGGEST_BELOW || attempt.relaxed())
              ? suggester.suggest(searcher.getIndexReader(), request.query())
              : null;
      String corrected = null;
      if (suggestion != null && request.correct() && (total == 0 || attempt.relaxed())) {
        // Like a web search engine: when the words as typed find nothing whole, show what the
        // correction finds with every word, and say so (the page offers the query as typed).
        QueryNode fixed = QueryFacets.of(new UserQueryParser().parse(suggestion)).rest();
        if (fixed != null) {
          Attempt better = attempt(searcher, fixed, filters, request);
          if (better.total() > 0 && !better.relaxed()) {
            attempt = better.answering(suggestion);
            corrected = suggestion;
          }
        }
      }
      boolean grouped = request.group() == SearchRequest.Group.DOCUMENT;
      return new SearchResult(
          request.query(),
          attempt.total(),
          attempt.allWords(),
          request.page(),
          request.size(),
          (System.nanoTime() - start) / 1_000_000,
          attempt.relaxed(),
          suggestion,
          corrected,
          grouped ? List.of() : hits(searcher, attempt, request),
          facetCounts.values(attempt.counted().facets, filters),
          queryFilters(typed),
          request.group().code(),
          grouped ? documents(searcher, attempt, request) : null);
    } catch (TooManyClauses e) {
      throw new InvalidQueryException("The query expands to too many words; make prefixes longer.");
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * One run of a query.
   *
   * @param counted the search that counted the facets: of the results holding every word when there
   *     are any, else of all results
   * @param top the best results up to the requested page, those holding every word first
   * @param total how many results match
   * @param allWords how many of them hold every word
   * @param graded whether a result may hold only some of the words; if not, every one holds all
   */
  private record Attempt(
      QueryNode node,
      String query,
      DrillSideways.DrillSidewaysResult counted,
      ScoreDoc[] top,
      long total,
      long allWords,
      boolean graded) {

    /** Some hits, none with every word. */
    boolean relaxed() {
      return allWords == 0 && total > 0;
    }

    /** This run as the answer to {@code other}, a query it stands for (its correction). */
    Attempt answering(String other) {
      return new Attempt(node, other, counted, top, total, allWords, graded);
    }
  }

  /**
   * Runs the query in tiers: the results holding every word, counted and faceted as the answer's
   * facets; the number of all results; and, only when the page reaches past the first tier, the
   * best of those holding some of the words. Counting facets over every result that holds any word
   * (on a large corpus, most chunks for "rules of origin") would cost several times the search, for
   * counts of passages the user would not read.
   */
  private Attempt attempt(
      IndexSearcher searcher,
      QueryNode node,
      Map<String, List<String>> filters,
      SearchRequest request)
      throws IOException {
    LuceneQueries queries = queries(searcher);
    if (node == null || !queries.gradesWords(node)) {
      DrillSideways.DrillSidewaysResult all =
          run(searcher, node, unit(chunkQuery(searcher, node), request), filters, request);
      long total = all.hits.totalHits.value;
      return new Attempt(node, request.query(), all, scored(all.hits), total, total, false);
    }
    Query any = unit(queries.matching(node), request);
    Query every = unit(queries.holdingEveryWord(node), request);
    DrillSideways.DrillSidewaysResult first = run(searcher, node, every, filters, request);
    long allWords = first.hits.totalHits.value;
    if (allWords == 0) {
      DrillSideways.DrillSidewaysResult some = run(searcher, node, any, filters, request);
      long total = some.hits.totalHits.value;
      return new Attempt(node, request.query(), some, scored(some.hits), total, 0, true);
    }
    long total = searcher.count(drillDown(unit(queries.matchingSet(node), request), filters));
    ScoreDoc[] top = scored(first.hits);
    int window = request.page() * request.size();
    if (top.length < window && total > allWords) {
      Query rest =
          new BooleanQuery.Builder()
              .add(any, BooleanClause.Occur.MUST)
              .add(every, BooleanClause.Occur.MUST_NOT)
              .build();
      TopDocs more =
          searcher.search(
              drillDown(rest, filters), window - top.length, sort(node, request.sort()), false);
      top = Stream.concat(Arrays.stream(top), Arrays.stream(scored(more))).toArray(ScoreDoc[]::new);
    }
    return new Attempt(node, request.query(), first, top, total, allWords, true);
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

  /** {@code chunks} as the unit the request asks for: chunks, or the documents that have them. */
  private Query unit(Query chunks, SearchRequest request) {
    return request.group() == SearchRequest.Group.DOCUMENT ? groups.documents(chunks) : chunks;
  }

  private DrillDownQuery drillDown(Query base, Map<String, List<String>> filters) {
    DrillDownQuery drill = new DrillDownQuery(facetsConfig, base);
    filters.forEach((dimension, values) -> values.forEach(v -> drill.add(dimension, v)));
    return drill;
  }

  private DrillSideways.DrillSidewaysResult run(
      IndexSearcher searcher,
      QueryNode node,
      Query base,
      Map<String, List<String>> filters,
      SearchRequest request)
      throws IOException {
    DrillDownQuery drill = drillDown(base, filters);
    int window = request.page() * request.size();
    SortedSetDocValuesReaderState facetState = facetStates.of(searcher.getIndexReader());
    if (facetState == null) {
      // Every chunk has a document type facet, so an index without facet state has no chunks.
      TopDocs none = new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
      return new DrillSideways.DrillSidewaysResult(null, none, null, null, null);
    }
    return new DrillSideways(searcher, facetsConfig, facetState)
        .search(drill, null, null, window, sort(node, request.sort()), false);
  }

  /** What selects and ranks chunks; with no words, every chunk. */
  private Query chunkQuery(IndexSearcher searcher, QueryNode node) throws IOException {
    return node == null ? LuceneQueries.CHUNKS : queries(searcher).matching(node);
  }

  /** The page's documents, each with its best passages marked as {@link #hits} marks chunks. */
  private List<DocumentHit> documents(
      IndexSearcher searcher, Attempt attempt, SearchRequest request) throws IOException {
    return groups.page(
        searcher,
        page(attempt, request),
        attempt.node() == null
            ? LuceneQueries.CHUNKS
            : queries(searcher).everyWordFirst(attempt.node()),
        chunks -> hits(searcher, attempt, chunks, request.explain()));
  }

  /** The results of the requested page among the top ones the search collected. */
  private static ScoreDoc[] page(Attempt attempt, SearchRequest request) {
    ScoreDoc[] top = attempt.top();
    int from = (request.page() - 1) * request.size();
    return Arrays.copyOfRange(top, Math.min(from, top.length), top.length);
  }

  private List<Hit> hits(IndexSearcher searcher, Attempt attempt, SearchRequest request)
      throws IOException {
    return hits(searcher, attempt, page(attempt, request), request.explain());
  }

  private List<Hit> hits(
      IndexSearcher searcher, Attempt attempt, ScoreDoc[] page, boolean explainScores)
      throws IOException {
    QueryNode node = attempt.node();
    int[] ids = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    Document[] docs = new Document[ids.length];
    for (int i = 0; i < ids.length; i++) {
      docs[i] = searcher.storedFields().document(ids[i]);
    }
    // Only long chunks get a snippet: the second highlighting pass is skipped for the others.
    int[] longIds =
        IntStream.range(0, ids.length)
            .filter(i -> docs[i].get(Fields.TEXT).length() > Highlighting.SNIPPET_THRESHOLD)
            .toArray();
    LuceneQueries queries = queries(searcher);
    Query marks = node == null ? new MatchAllDocsQuery() : queries.highlighting(node);
    String[] texts = highlighting.fullTexts(searcher, marks, ids);
    Highlighting.MarkedHeadings[] headings =
        highlighting.headings(
            searcher,
            node == null ? new MatchAllDocsQuery() : queries.headingHighlighting(node),
            ids);
    String[] snippets =
        highlighting.snippets(searcher, marks, Arrays.stream(longIds).map(i -> ids[i]).toArray());
    Query explained = explainScores && node != null ? queries.everyWordFirst(node) : null;
    List<List<String>> matchedOn = matchedFields.of(searcher, queries, node, ids);
    List<Hit> hits = new ArrayList<>(page.length);
    int nextLong = 0;
    for (int i = 0; i < page.length; i++) {
      String snippet = texts[i];
      if (nextLong < longIds.length && longIds[nextLong] == i) {
        snippet = Highlighting.trim(snippets[nextLong++]);
      }
      String explanation =
          explained == null ? null : searcher.explain(explained, ids[i]).toString();
      hits.add(
          stored.hit(
              docs[i],
              page[i].score,
              !attempt.graded() || page[i].score >= LuceneQueries.ALL_WORDS_BONUS,
              matchedOn.get(i),
              texts[i],
              snippet,
              headings[i],
              attempt.query(),
              explanation));
    }
    return hits;
  }

  /** Every document's metadata and chunk count, by id. */
  public List<DocumentSummary> documents() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return documentList.of(searcher.getIndexReader());
    } finally {
      searchers.release(searcher);
    }
  }

  private DocumentSummary summaryOf(Document chunk) {
    return stored.summary(chunk);
  }

  /** A document with every chunk in order, the query's words marked when {@code query} is given. */
  public Optional<DocumentView> document(String id, String query) throws IOException {
    // Only marks depend on the query: one with nothing to mark still opens the document.
    QueryNode node = query == null ? null : new UserQueryParser().parse(query);
    IndexSearcher searcher = acquire();
    try {
      TopDocs chunks =
          searcher.search(
              new BooleanQuery.Builder()
                  .add(new TermQuery(new Term(Fields.DOC_ID, id)), BooleanClause.Occur.MUST)
                  .add(LuceneQueries.CHUNKS, BooleanClause.Occur.FILTER)
                  .build(),
              Math.max(1, searcher.getIndexReader().maxDoc()),
              DOCUMENT_ORDER);
      if (chunks.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int[] ids = Arrays.stream(chunks.scoreDocs).mapToInt(d -> d.doc).toArray();
      Query marks = node == null ? new MatchAllDocsQuery() : queries(searcher).highlighting(node);
      String[] texts = highlighting.fullTexts(searcher, marks, ids);
      List<DocumentChunk> view = new ArrayList<>(ids.length);
      Document first = null;
      for (int i = 0; i < ids.length; i++) {
        Document doc = searcher.storedFields().document(ids[i]);
        first = first == null ? doc : first;
        view.add(stored.chunk(doc, texts[i]));
      }
      return Optional.of(new DocumentView(stored.summary(first), view));
    } finally {
      searchers.release(searcher);
    }
  }

  /** Every value of every facet with its count over the whole corpus. */
  public Map<String, List<FacetValue>> facets() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return corpusFacets.of(searcher.getIndexReader());
    } finally {
      searchers.release(searcher);
    }
  }

  /** Counts every chunk of the reader {@code searcher} reads, in every facet. */
  private Map<String, List<FacetValue>> corpusFacets(IndexSearcher searcher) throws IOException {
    SearchRequest all = new SearchRequest("", Map.of(), 1, 1, SearchRequest.Sort.RELEVANCE, false);
    return facetCounts.values(
        run(searcher, null, LuceneQueries.CHUNKS, Map.of(), all).facets, Map.of());
  }

  /** How many documents and chunks the index holds. */
  public IndexStats stats() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      IndexReader reader = searcher.getIndexReader();
      // Each document has one record beside its chunks: counting them reads no stored field.
      int documents = searcher.count(LuceneQueries.RECORDS);
      return new IndexStats(documents, reader.numDocs() - documents);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The acronyms the indexed documents define, with the documents that define each. */
  public AcronymTable acronyms() throws IOException {
    IndexSearcher searcher = acquire();
    try {
      return queries.of(searcher.getIndexReader()).acronyms();
    } finally {
      searchers.release(searcher);
    }
  }

  /** Counts of what the index holds. */
  public record IndexStats(int documents, int chunks) {}

  private QueryNode parse(String query) {
    // A parser holds its position in the tokens: one per query, as searches run at once.
    QueryNode node = new UserQueryParser().parse(query);
    if (node == null && !query.isBlank()) {
      throw new InvalidQueryException(
          "The query has no words to search for. Type words, a \"phrase\", or a filter such as"
              + " country:IT.");
    }
    return node;
  }

  private List<SearchResult.QueryFilter> queryFilters(QueryFacets typed) {
    return typed.typed().stream()
        .map(
            f ->
                new SearchResult.QueryFilter(
                    f.field(),
                    labels.resolve(f.field(), f.value()),
                    f.field() + ":" + (f.quoted() ? "\"" + f.value() + "\"" : f.value())))
        .toList();
  }

  private Map<String, List<String>> resolveFilters(Map<String, List<String>> requested) {
    Map<String, List<String>> resolved = new java.util.LinkedHashMap<>();
    requested.forEach(
        (dimension, values) -> {
          if (!FacetLabels.DIMENSIONS.contains(dimension)) {
            throw new InvalidQueryException("Unknown facet \"" + dimension + "\".");
          }
          List<String> codes =
              values.stream().map(v -> labels.resolve(dimension, v)).distinct().toList();
          if (!codes.isEmpty()) {
            resolved.put(dimension, codes);
          }
        });
    return resolved;
  }

  private static Sort sort(QueryNode node, SearchRequest.Sort sort) {
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

  /** The queries of the reader {@code searcher} reads, which expand its acronyms. */
  private LuceneQueries queries(IndexSearcher searcher) throws IOException {
    return queries.of(searcher.getIndexReader()).queries();
  }

  private IndexSearcher acquire() throws IOException {
    searchers.maybeRefresh();
    return searchers.acquire();
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    directory.close();
  }
}
