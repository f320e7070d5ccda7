package org.policysearch.solr;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.util.ClientUtils;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.params.ShardParams;
import org.apache.solr.common.util.NamedList;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.analysis.TextAnalyzer;
import org.policysearch.analysis.Tokens;
import org.policysearch.index.FacetRegistry;
import org.policysearch.index.Fields;
import org.policysearch.index.TextSketches;
import org.policysearch.search.DateRange;
import org.policysearch.search.DocumentChunk;
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
import org.policysearch.search.SameTextPassage;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchTimeoutException;
import org.policysearch.search.lucene.ShardLikeThis;
import org.policysearch.search.lucene.ShardQueries;
import org.policysearch.search.lucene.ShardSpelling;
import org.policysearch.structure.ChunkKind;

/**
 * One answer from the collection, run as the embedded engine runs it: the first pass of a tier over
 * the shards with drill-sideways facet counts (tagged filters, each facet counted without its own),
 * the ranking clauses added to its best passages, and the page's chunks rendered by the shards that
 * hold them.
 */
final class SolrView implements SearchBackend.View {
  private static final TextAnalyzer WORDS = new TextAnalyzer();

  /** Chunks marked per request while counting a document's matches. */
  private static final int FIND_PAGE = 500;

  /**
   * A passage of the first pass (or a document's record, grouped): its id, document, ordinal and
   * score.
   */
  static final class Ranked {
    final String id;
    final BytesRef documentId;
    final long ordinal;
    final long signature;
    final long sketch;
    final long commitment;
    float score;

    Ranked(SolrDocument doc) {
      this.id = (String) doc.getFirstValue("id");
      this.documentId = new BytesRef((String) doc.getFirstValue(Fields.DOC_ID));
      Object ordinal = doc.getFirstValue(Fields.ORDINAL);
      this.ordinal = ordinal == null ? 0 : ((Number) ordinal).longValue(); // a record has none
      // Asked for only when folding; a chunk without one is a text of its own.
      Object signature = doc.getFirstValue(Fields.SAME_TEXT);
      this.signature = signature == null ? id.hashCode() : ((Number) signature).longValue();
      Object sketch = doc.getFirstValue(Fields.SAME_TEXT_SKETCH);
      this.sketch = sketch == null ? TextSketches.NONE : ((Number) sketch).longValue();
      Object commitment = doc.getFirstValue(Fields.SAME_TEXT_COMMITMENT);
      this.commitment = commitment == null ? 0L : ((Number) commitment).longValue();
      Object score = doc.getFirstValue("score");
      this.score = score == null ? 0f : (Float) score;
    }
  }

  /** The embedded rescorer's order: score, then document id, then ordinal. */
  private static final Comparator<Ranked> BEST_FIRST =
      Comparator.<Ranked>comparingDouble(r -> -r.score)
          .thenComparing(r -> r.documentId)
          .thenComparingLong(r -> r.ordinal);

  private final SolrClient client;
  private final String collection;
  private final SolrBackend.State state;
  private final SolrDocumentResults documents = new SolrDocumentResults(this);

  /** How long this view's searches may take in all; null: no limit. */
  private final Duration budget;

  private final long deadline;

  /** The last query {@link #checkPrefixes} let through: a view answers one request. */
  private QueryNode checked;

  SolrView(SolrClient client, String collection, SolrBackend.State state, Duration budget) {
    this.client = client;
    this.collection = collection;
    this.state = state;
    this.budget = budget;
    this.deadline = budget == null ? Long.MAX_VALUE : System.nanoTime() + budget.toNanos();
  }

  /**
   * The collection's version this view's state was read at: answers kept under it are dropped once
   * the backend's refresh sees the collection change (within {@link SolrBackend#REFRESH_EVERY}).
   */
  @Override
  public Object generation() {
    return state.version();
  }

  /**
   * The answer to {@code query} within what is left of the budget: Solr stops a search at {@code
   * timeAllowed} and says its results are partial, which is refused here, as the embedded engine
   * refuses to answer with what it found so far.
   */
  QueryResponse send(SolrQuery query) throws IOException {
    if (budget != null) {
      long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
      if (left <= 0) {
        throw new SearchTimeoutException(budget);
      }
      query.setTimeAllowed((int) Math.min(Integer.MAX_VALUE, left));
    }
    QueryResponse answer = SolrQueries.query(client, collection, query);
    Object partial =
        answer.getResponseHeader() == null
            ? null
            : answer.getResponseHeader().get("partialResults");
    if (budget != null && Boolean.TRUE.equals(partial)) {
      throw new SearchTimeoutException(budget);
    }
    return answer;
  }

  /**
   * Refuses a query whose prefixes match too many words of the collection, as the embedded engine
   * does, once per query.
   */
  private void checkPrefixes(QueryNode node) throws IOException {
    if (node != null && node != checked) {
      state.queries().checkPrefixes(node, this::wordsBeginningWith);
      checked = node;
    }
  }

  /**
   * The collection's distinct passage words beginning with {@code prefix}, counted up to one past
   * the budget. Solr's terms component merges the shards' words in index order, each shard sending
   * its first ones: the first {@code PREFIX_WORDS + 1} of the union are each among their own
   * shard's first, so the count is the whole collection's, a word two shards hold counted once.
   */
  private int wordsBeginningWith(String prefix) throws IOException {
    SolrQuery terms = new SolrQuery();
    terms.setRequestHandler("/terms");
    terms.setTerms(true);
    terms.addTermsField(Fields.BODY);
    terms.setTermsPrefix(prefix);
    terms.setTermsLimit(ShardQueries.PREFIX_WORDS + 1);
    terms.setTermsSortString("index");
    terms.setTermsMinCount(1);
    List<?> words = send(terms).getTermsResponse().getTerms(Fields.BODY);
    return words == null ? 0 : Math.min(words.size(), ShardQueries.PREFIX_WORDS + 1);
  }

  @Override
  public boolean gradesWords(QueryNode node) {
    return state.queries().gradesWords(node);
  }

  @Override
  public SearchBackend.Page search(SearchBackend.Run run) throws IOException {
    Ranking ranking = rank(run);
    List<Ranked> best = ranking.best();
    if (run.folds()) {
      return folded(run, ranking);
    }
    List<Ranked> page = best.subList(Math.min(run.from(), best.size()), best.size());
    boolean grouped = run.group() == SearchRequest.Group.DOCUMENT;
    return new SearchBackend.Page(
        ranking.total(),
        ranking.facets(),
        grouped ? List.of() : hits(run, page),
        grouped ? documents.of(run, page) : List.of());
  }

  /** The page of a folded run: the best chunk of each text, with those folded into it. */
  private SearchBackend.Page folded(SearchBackend.Run run, Ranking ranking) throws IOException {
    List<Ranked> best = ranking.best();
    long[] signatures = best.stream().mapToLong(passage -> passage.signature).toArray();
    float[] scores = new float[best.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = best.get(i).score;
    }
    long[] keys =
        SameTextFolding.read(
                signatures,
                best.stream().mapToLong(passage -> passage.sketch).toArray(),
                best.stream().mapToLong(passage -> passage.commitment).toArray(),
                scores,
                run.to())
            .keys();
    SameTextFolding.Folded folding = SameTextFolding.fold(keys, signatures, run.from(), run.to());
    List<Hit> folded =
        folding.hits(
            hits(run, Arrays.stream(folding.page()).mapToObj(best::get).toList()),
            rank -> {
              Ranked same = best.get(rank);
              return SameTextPassage.of(
                  same.documentId.utf8ToString(), Math.toIntExact(same.ordinal), run.linkQuery());
            });
    return new SearchBackend.Page(
        ranking.total(), ranking.facets(), folded, List.of(), folding.folded());
  }

  /**
   * Ranks once and renders the results in batches, as the embedded engine streams an export:
   * searching again for every batch would rank the best results again each time.
   */
  @Override
  public void stream(SearchBackend.Run run, int batch, Consumer<SearchBackend.Page> pages)
      throws IOException {
    if (run.to() <= run.from()) {
      return;
    }
    List<Ranked> best = rank(run.unfolded().window(run.from(), run.to())).best();
    boolean grouped = run.group() == SearchRequest.Group.DOCUMENT;
    for (int from = run.from(); from < best.size(); from += batch) {
      List<Ranked> slice = best.subList(from, Math.min(best.size(), from + batch));
      pages.accept(
          new SearchBackend.Page(
              best.size(),
              FacetCounts.NONE,
              grouped ? List.of() : hits(run, slice),
              grouped ? documents.of(run, slice) : List.of()));
    }
  }

  /** A run's results in order, the first {@code run.to()} of them, with its total and facets. */
  private record Ranking(long total, FacetCounts facets, List<Ranked> best) {}

  /**
   * The first {@code run.to()} results of {@code run}. Passages by relevance are collected by the
   * first pass and rescored, as in-process; grouped by document, each document's record is ranked
   * by its best chunk scored with every clause, as in-process (see {@link SolrDocumentResults}).
   */
  private Ranking rank(SearchBackend.Run run) throws IOException {
    QueryNode node = run.node();
    checkPrefixes(node);
    boolean rescored =
        node != null
            && run.sort() == SearchRequest.Sort.RELEVANCE
            && run.group() == SearchRequest.Group.PASSAGES;
    // Folding passes over those folded: twice the page's end holds enough of the others.
    int collected =
        run.folds()
            ? Math.max(2 * run.to(), ShardQueries.RESCORE_WINDOW)
            : rescored ? Math.max(run.to(), ShardQueries.RESCORE_WINDOW) : run.to();
    SolrQuery first = policyQuery(run, rescored ? PolicyParams.FIRST_PASS : PolicyParams.FULL);
    first.setFields("id", Fields.DOC_ID, Fields.ORDINAL, "score");
    if (run.folds()) {
      first.addField(Fields.SAME_TEXT);
      first.addField(Fields.SAME_TEXT_SKETCH);
      first.addField(Fields.SAME_TEXT_COMMITMENT);
    }
    first.setRows(collected);
    // Up to 1,000 ids, a document id and an ordinal each: the shards send them with their best,
    // rather than in a second round to both shards once the best are merged.
    first.set(ShardParams.DISTRIB_SINGLE_PASS, true);
    sort(first, node, run.sort());
    if (run.facets()) {
      first.add("json.facet", facetRequest(true));
    }
    QueryResponse answer = send(first);
    List<Ranked> best = new ArrayList<>();
    answer.getResults().forEach(doc -> best.add(new Ranked(doc)));
    if (run.sort() == SearchRequest.Sort.NEWEST
        || (node == null && run.sort() != SearchRequest.Sort.DATE)) {
      // Newest first or in document order, unscored, as the embedded engine gives them (which
      // reads scores from the sort values); by date the score is a sort value, in both.
      best.forEach(passage -> passage.score = 0f);
    }
    if (rescored && !best.isEmpty()) {
      rescore(run, best);
    }
    FacetCounts facets = run.facets() ? facetCounts(answer) : FacetCounts.NONE;
    return new Ranking(answer.getResults().getNumFound(), facets, best);
  }

  /**
   * Adds the ranking clauses' scores to {@code best} and sorts it again, as the embedded engine's
   * rescorer does, with the collection's statistics.
   */
  private void rescore(SearchBackend.Run run, List<Ranked> best) throws IOException {
    SolrQuery ranking = policyQuery(run.node(), PolicyParams.RANKING);
    ranking.addFilterQuery(idsFilter(best));
    ranking.setFields("id", "score");
    ranking.setRows(best.size());
    Map<String, Float> added = new HashMap<>();
    for (SolrDocument doc : send(ranking).getResults()) {
      added.put((String) doc.getFirstValue("id"), (Float) doc.getFirstValue("score"));
    }
    for (Ranked passage : best) {
      Float score = added.get(passage.id);
      if (score != null) {
        passage.score += score;
      }
    }
    best.sort(BEST_FIRST);
    // Folding reads on past the page's end, to the passages folded into the page's.
    while (!run.folds() && best.size() > run.to()) {
      best.remove(best.size() - 1);
    }
  }

  /** The page's hits, rendered by their shards and scored here. */
  List<Hit> hits(SearchBackend.Run run, List<Ranked> page) throws IOException {
    return scored(run, page, rendered(run, page, PolicyParams.HIT));
  }

  /**
   * {@code page} rendered by the shards that hold it, as {@code render} asks ({@link
   * PolicyParams#DOCUMENT}: records as document results, chunks as hits), the words of {@code
   * run}'s query marked: the JSON of each, by id.
   */
  Map<String, String> rendered(SearchBackend.Run run, List<Ranked> page, String render)
      throws IOException {
    if (page.isEmpty()) {
      return Map.of();
    }
    SolrQuery query;
    if (run.explain() && run.node() != null) {
      // Explained in the main query phase, the only one with the collection's statistics.
      query = policyQuery(run.node(), PolicyParams.EXPLAINED);
      query.set(PolicyParams.EXPLAIN, true);
      query.set(ShardParams.DISTRIB_SINGLE_PASS, true);
    } else {
      query = new SolrQuery("*:*");
      addAcronyms(query, run.node());
    }
    query.addFilterQuery(idsFilter(page));
    query.setFields("id", Fields.CHUNK_ID, "rendered:[policy]");
    query.setRows(page.size());
    query.set(PolicyParams.RENDER, render);
    query.set(PolicyParams.MARKS, QueryNodes.encode(run.node()));
    if (run.linkQuery() != null) {
      query.set(PolicyParams.LINK, run.linkQuery());
    }
    Map<String, String> rendered = new HashMap<>();
    for (SolrDocument doc : send(query).getResults()) {
      rendered.put((String) doc.getFirstValue("id"), (String) doc.getFirstValue("rendered"));
    }
    return rendered;
  }

  /** The hits of {@code page} from their renderings, scored as the collection ranked them. */
  List<Hit> scored(SearchBackend.Run run, List<Ranked> page, Map<String, String> rendered)
      throws IOException {
    boolean graded = run.node() != null && gradesWords(run.node());
    List<Hit> hits = new ArrayList<>(page.size());
    for (Ranked passage : page) {
      hits.add(
          SolrBackend.JSON
              .readValue(rendered.get(passage.id), Hit.class)
              .scored(passage.score, !graded || passage.score >= ShardQueries.ALL_WORDS_BONUS));
    }
    return hits;
  }

  @Override
  public long count(SearchBackend.Run run) throws IOException {
    checkPrefixes(run.node());
    SolrQuery query = policyQuery(run, PolicyParams.COUNT);
    query.setRows(0);
    return send(query).getResults().getNumFound();
  }

  /**
   * "Did you mean" as over one index: every shard counts the words the suggestion may read (one
   * request per shard, rendered by {@code [policy]} on one of its documents), and the embedded
   * engine's suggester runs here over the sums.
   */
  @Override
  public String suggest(String query) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    for (String shard : state.shards()) {
      SolrQuery ask = new SolrQuery("*:*");
      ask.set(ShardParams.SHARDS, shard);
      ask.setRows(1);
      ask.setFields("spelling:[policy]");
      ask.set(PolicyParams.RENDER, PolicyParams.SPELLING_COUNTS);
      ask.set(PolicyParams.SPELLING, query);
      for (SolrDocument doc : send(ask).getResults()) {
        Map<String, Number> local =
            SolrBackend.JSON.readValue(
                (String) doc.getFirstValue("spelling"),
                new TypeReference<Map<String, Number>>() {});
        local.forEach((term, count) -> counts.merge(term, count.longValue(), Long::sum));
      }
    }
    return ShardSpelling.suggest(query, counts);
  }

  @Override
  public Optional<DocumentView> document(String id, QueryNode marks, int from, int size)
      throws IOException {
    DocumentSummary summary = state.byId().get(id);
    if (summary == null) {
      return Optional.empty();
    }
    SolrQuery chunks = new SolrQuery("*:*");
    chunks.addFilterQuery(
        Fields.DOC_ID + ":" + ClientUtils.escapeQueryChars(id), SolrQueries.CHUNKS);
    chunks.setSort(Fields.ORDINAL, SolrQuery.ORDER.asc);
    chunks.setStart(from);
    chunks.setRows(
        Math.max(0, Math.min(size, summary.chunks() - Math.min(from, summary.chunks()))));
    chunks.setFields("chunk:[policy]");
    chunks.set(PolicyParams.RENDER, PolicyParams.CHUNK);
    chunks.set(PolicyParams.MARKS, QueryNodes.encode(marks));
    addAcronyms(chunks, marks);
    QueryResponse answer = send(chunks);
    int total = (int) answer.getResults().getNumFound();
    if (total == 0) {
      return Optional.empty();
    }
    List<DocumentChunk> view = new ArrayList<>();
    for (SolrDocument doc : answer.getResults()) {
      view.add(
          SolrBackend.JSON.readValue((String) doc.getFirstValue("chunk"), DocumentChunk.class));
    }
    int start = Math.min(from, total);
    return Optional.of(new DocumentView(summary, total, start, start + view.size(), view));
  }

  /**
   * The embedded engine's "more like this" over the collection: the passage's words are counted in
   * every shard at once (one query facet per word), Lucene's MoreLikeThis picks and weighs the same
   * words from those counts as from one index ({@link ShardLikeThis}), and the collection is asked
   * for them as raw terms with their weights, scored with the whole collection's statistics. Solr's
   * own {@code {!mlt}} picks the words on each shard by that shard's counts: each shard then asks
   * for other words and ranks its own documents first. The words shared are not marked.
   */
  @Override
  public Optional<List<Hit>> similar(String chunkId, int size) throws IOException {
    SolrDocument source = chunk(chunkId, Fields.TEXT);
    if (source == null) {
      return Optional.empty();
    }
    String text = (String) source.getFirstValue(Fields.TEXT);
    BooleanQuery like = (BooleanQuery) ShardLikeThis.like(text, counts(text));
    if (like.clauses().isEmpty()) {
      return Optional.of(List.of());
    }
    SolrQuery similar = similarQuery();
    similar.setQuery(rawTerms(like, Fields.TEXT, "w", similar));
    similar.set(PolicyParams.STATS_FIELDS, PolicyParams.SCORED_FIELDS);
    similar.addFilterQuery(
        SolrQueries.CHUNKS,
        "-" + Fields.DOC_ID + ":" + ClientUtils.escapeQueryChars(documentOf(chunkId)));
    similar.setFields(
        "id",
        Fields.DOC_ID,
        Fields.ORDINAL,
        "score",
        Fields.SAME_TEXT,
        Fields.SAME_TEXT_SKETCH,
        Fields.SAME_TEXT_COMMITMENT);
    // Copies of one text fold into the best of them, as the embedded engine folds them.
    similar.setRows(Math.max(size, SameTextFolding.SIMILAR_WINDOW));
    similar.addSort("score", SolrQuery.ORDER.desc);
    similar.addSort(Fields.DOC_ID, SolrQuery.ORDER.asc);
    similar.addSort(Fields.ORDINAL, SolrQuery.ORDER.asc);
    List<Ranked> best = new ArrayList<>();
    send(similar).getResults().forEach(doc -> best.add(new Ranked(doc)));
    float[] scores = new float[best.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = best.get(i).score;
    }
    SameTextFolding.Folded folding =
        SameTextFolding.ranked(
            best.stream().mapToLong(passage -> passage.signature).toArray(),
            best.stream().mapToLong(passage -> passage.sketch).toArray(),
            best.stream().mapToLong(passage -> passage.commitment).toArray(),
            scores,
            size);
    return Optional.of(
        folding.hits(
            unmarked(Arrays.stream(folding.page()).mapToObj(best::get).toList()),
            rank -> {
              Ranked same = best.get(rank);
              return SameTextPassage.of(
                  same.documentId.utf8ToString(), Math.toIntExact(same.ordinal), null);
            }));
  }

  /**
   * The embedded engine's counterparts over the collection: the passage's words picked and weighed
   * as {@link #similar} picks them, the words of its headings on the chunks' headings at twice
   * their weight (the same clause usually sits under the same heading), and in each document the
   * chunk that scores best, equal scores in the document's order. The shared words are not marked.
   */
  @Override
  public Optional<Counterparts> counterparts(String chunkId, List<String> documentIds)
      throws IOException {
    SolrDocument source = chunk(chunkId, "id", Fields.DOC_ID, Fields.ORDINAL, Fields.TEXT);
    if (source == null) {
      return Optional.empty();
    }
    String text = (String) source.getFirstValue(Fields.TEXT);
    BooleanQuery like = (BooleanQuery) ShardLikeThis.like(text, counts(text));
    Collection<Object> path = source.getFieldValues(Fields.SECTION_PATH);
    List<String> headings = new ArrayList<>();
    if (path != null) {
      path.forEach(heading -> headings.add(String.valueOf(heading)));
    }
    SolrQuery aligned = similarQuery();
    List<String> groups = new ArrayList<>();
    if (!like.clauses().isEmpty()) {
      groups.add("(" + rawTerms(like, Fields.TEXT, "w", aligned) + ")");
    }
    BooleanQuery.Builder headingWords = new BooleanQuery.Builder();
    for (String word : ShardLikeThis.words(String.join(" ", headings))) {
      headingWords.add(
          new TermQuery(new org.apache.lucene.index.Term(Fields.SECTION_PATH, word)),
          BooleanClause.Occur.SHOULD);
    }
    BooleanQuery onHeadings = headingWords.build();
    if (!onHeadings.clauses().isEmpty()) {
      groups.add("(" + rawTerms(onHeadings, Fields.SECTION_PATH, "h", aligned) + ")^2");
    }
    Hit marked = unmarked(List.of(new Ranked(source))).get(0);
    Map<String, Hit> best = new LinkedHashMap<>();
    if (groups.isEmpty()) {
      return Optional.of(new Counterparts(marked, best));
    }
    aligned.setQuery(String.join(" ", groups));
    aligned.set(PolicyParams.STATS_FIELDS, PolicyParams.SCORED_FIELDS);
    aligned.setFields("id", Fields.DOC_ID, Fields.ORDINAL, "score");
    aligned.setRows(1);
    aligned.addSort("score", SolrQuery.ORDER.desc);
    aligned.addSort(Fields.ORDINAL, SolrQuery.ORDER.asc);
    for (String documentId : documentIds) {
      SolrQuery within = aligned.getCopy();
      within.addFilterQuery(SolrQueries.CHUNKS, "{!term f=" + Fields.DOC_ID + "}" + documentId);
      SolrDocumentList found = send(within).getResults();
      if (!found.isEmpty()) {
        best.put(documentId, unmarked(List.of(new Ranked(found.get(0)))).get(0));
      }
    }
    return Optional.of(new Counterparts(marked, best));
  }

  /** Chunk {@code chunkId} with {@code fields} and its headings, or null when there is none. */
  private SolrDocument chunk(String chunkId, String... fields) throws IOException {
    SolrQuery source = new SolrQuery("*:*");
    source.addFilterQuery("{!term f=id}" + documentOf(chunkId) + "!" + chunkId);
    source.setFields(fields);
    source.addField(Fields.SECTION_PATH);
    source.setRows(1);
    SolrDocumentList found = send(source).getResults();
    return found.isEmpty() ? null : found.get(0);
  }

  private static String documentOf(String chunkId) {
    return chunkId.substring(0, chunkId.lastIndexOf(':'));
  }

  /** A query for weighed terms, any of which may match. */
  private static SolrQuery similarQuery() {
    SolrQuery query = new SolrQuery();
    query.set("q.op", "OR");
    return query;
  }

  /**
   * {@code terms}, a disjunction of (boosted) term queries on {@code field}, as Solr query text:
   * each term raw, as a parameter named {@code prefix} and its place set on {@code query}, since
   * the term is indexed already and analysing it again could change it.
   */
  private static String rawTerms(BooleanQuery terms, String field, String prefix, SolrQuery query) {
    StringBuilder words = new StringBuilder();
    int i = 0;
    for (BooleanClause clause : terms.clauses()) {
      Query word = clause.getQuery();
      float weight = 1f;
      if (word instanceof BoostQuery boosted) {
        weight = boosted.getBoost();
        word = boosted.getQuery();
      }
      String name = prefix + i++;
      query.set(name, ((TermQuery) word).getTerm().text());
      words.append("_query_:\"{!raw f=").append(field).append(" v=$").append(name);
      words.append("}\"^").append(weight).append(' ');
    }
    return words.toString().strip();
  }

  /** The chunks {@code ranked}, as hits with no words marked. */
  private List<Hit> unmarked(List<Ranked> ranked) throws IOException {
    SearchBackend.Run unmarked =
        new SearchBackend.Run(
            null,
            SearchBackend.Tier.ALL,
            Map.of(),
            DateRange.ANY,
            List.of(),
            SearchRequest.Group.PASSAGES,
            SearchRequest.Sort.RELEVANCE,
            0,
            ranked.size(),
            false,
            false,
            null,
            false);
    return hits(unmarked, ranked).stream().map(hit -> hit.scored(hit.score(), false)).toList();
  }

  /** The collection's counts of the words of {@code text}, as one index would give them. */
  @SuppressWarnings("unchecked")
  private ShardLikeThis.Counts counts(String text) throws IOException {
    List<String> words = new ArrayList<>(ShardLikeThis.words(text));
    SolrQuery count = new SolrQuery("*:*");
    count.setRows(0);
    StringBuilder facets = new StringBuilder("{");
    for (int i = 0; i < words.size(); i++) {
      count.set("w" + i, words.get(i));
      facets.append(i == 0 ? "" : ",");
      facets.append('w').append(i).append(":{type:query,q:\"{!term f=");
      facets.append(Fields.TEXT).append(" v=$w").append(i).append("}\"}");
    }
    count.add("json.facet", facets.append('}').toString());
    QueryResponse answer = send(count);
    NamedList<Object> buckets = (NamedList<Object>) answer.getResponse().get("facets");
    Map<String, Integer> chunksWith = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      NamedList<Object> bucket = buckets == null ? null : (NamedList<Object>) buckets.get("w" + i);
      Number n = bucket == null ? null : (Number) bucket.get("count");
      chunksWith.put(words.get(i), n == null ? 0 : n.intValue());
    }
    return new ShardLikeThis.Counts(
        (int) answer.getResults().getNumFound(), state.stats().chunks(), chunksWith);
  }

  /**
   * The documents of {@code run}'s results, tallied as the embedded engine tallies them: the
   * matching chunks counted by document and sector with the collection's facets, then the
   * documents' parties and sectors from their records.
   */
  @Override
  public List<DocumentTally> tally(SearchBackend.Run run) throws IOException {
    checkPrefixes(run.node());
    SolrQuery chunks = policyQuery(run.as(SearchRequest.Group.PASSAGES), PolicyParams.FULL);
    chunks.setRows(0);
    chunks.add(
        "json.facet",
        "{docs:{type:terms,field:"
            + Fields.DOC_ID
            + ",limit:-1,facet:{sectors:{type:terms,field:"
            + Fields.SECTOR
            + ",limit:-1}}}}");
    Map<String, Integer> passages = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> sectors = new HashMap<>();
    for (NamedList<Object> bucket : buckets(send(chunks), "docs")) {
      String id = String.valueOf(bucket.get("val"));
      passages.put(id, ((Number) bucket.get("count")).intValue());
      Map<String, Integer> bySector = new TreeMap<>();
      for (NamedList<Object> sector : buckets(bucket, "sectors")) {
        bySector.put(String.valueOf(sector.get("val")), ((Number) sector.get("count")).intValue());
      }
      sectors.put(id, bySector);
    }
    if (passages.isEmpty()) {
      return List.of();
    }
    SolrQuery records = new SolrQuery("*:*");
    records.addFilterQuery(Fields.RECORD + ":" + Fields.RECORD_VALUE);
    records.addFilterQuery(
        "{!terms f="
            + Fields.DOC_ID
            + " separator=\"\\n\"}"
            + String.join("\n", passages.keySet()));
    records.setRows(0);
    records.add(
        "json.facet",
        "{docs:{type:terms,field:"
            + Fields.DOC_ID
            + ",limit:-1,facet:{parties:{type:terms,field:"
            + Fields.PARTY
            + ",limit:-1},sectors:{type:terms,field:"
            + Fields.SECTOR
            + ",limit:-1}}}}");
    Map<String, List<String>> parties = new HashMap<>();
    Map<String, Set<String>> documentSectors = new HashMap<>();
    for (NamedList<Object> bucket : buckets(send(records), "docs")) {
      String id = String.valueOf(bucket.get("val"));
      parties.put(
          id,
          buckets(bucket, "parties").stream()
              .map(b -> String.valueOf(b.get("val")))
              .sorted()
              .toList());
      documentSectors.put(
          id,
          buckets(bucket, "sectors").stream()
              .map(b -> String.valueOf(b.get("val")))
              .collect(java.util.stream.Collectors.toSet()));
    }
    List<DocumentTally> tallies = new ArrayList<>();
    passages.forEach(
        (id, count) ->
            tallies.add(
                new DocumentTally(
                    id,
                    parties.getOrDefault(id, List.of()),
                    count,
                    sectors.get(id),
                    documentSectors.getOrDefault(id, Set.of()))));
    return tallies;
  }

  /** The buckets of facet {@code name} in an answer's facets or in a bucket. */
  @SuppressWarnings("unchecked")
  static List<NamedList<Object>> buckets(Object parent, String name) {
    NamedList<Object> holder =
        parent instanceof QueryResponse answer
            ? (NamedList<Object>) answer.getResponse().get("facets")
            : (NamedList<Object>) parent;
    NamedList<Object> facet = holder == null ? null : (NamedList<Object>) holder.get(name);
    Object buckets = facet == null ? null : facet.get("buckets");
    return buckets == null ? List.of() : (List<NamedList<Object>>) buckets;
  }

  @Override
  public Optional<DocumentOutline> outline(String id) throws IOException {
    DocumentSummary summary = state.byId().get(id);
    if (summary == null) {
      return Optional.empty();
    }
    // Every chunk's place, then the text of its headings alone: no paragraph's text is sent.
    SolrQuery places = chunksOf(id, summary);
    places.setFields(Fields.ORDINAL, Fields.KIND, Fields.SECTION_PATH);
    SolrQuery headings = chunksOf(id, summary);
    headings.addFilterQuery(Fields.KIND + ":" + ChunkKind.HEADING.code());
    headings.setFields(Fields.ORDINAL, Fields.TEXT);
    Map<Integer, String> headingTexts = new HashMap<>();
    for (SolrDocument doc : send(headings).getResults()) {
      headingTexts.put(
          ((Number) doc.getFirstValue(Fields.ORDINAL)).intValue(),
          (String) doc.getFirstValue(Fields.TEXT));
    }
    DocumentOutline.Builder outline = new DocumentOutline.Builder(id);
    for (SolrDocument doc : send(places).getResults()) {
      int ordinal = ((Number) doc.getFirstValue(Fields.ORDINAL)).intValue();
      Collection<Object> path = doc.getFieldValues(Fields.SECTION_PATH);
      outline.add(
          ordinal,
          path == null ? List.of() : path.stream().map(String::valueOf).toList(),
          headingTexts.get(ordinal));
    }
    return Optional.of(outline.build());
  }

  /** Every chunk of document {@code id}, in order. */
  private static SolrQuery chunksOf(String id, DocumentSummary summary) {
    SolrQuery chunks = new SolrQuery("*:*");
    chunks.addFilterQuery(
        Fields.DOC_ID + ":" + ClientUtils.escapeQueryChars(id), SolrQueries.CHUNKS);
    chunks.setSort(Fields.ORDINAL, SolrQuery.ORDER.asc);
    chunks.setRows(summary.chunks());
    return chunks;
  }

  @Override
  public Optional<List<DocumentMatches.Chunk>> find(String id, QueryNode query) throws IOException {
    DocumentSummary summary = state.byId().get(id);
    if (summary == null) {
      return Optional.empty();
    }
    checkPrefixes(query);
    // The shards mark the chunks as the document view does, and the marks are counted: exact
    // to the page's marks, though every chunk's text is sent (the query plugin has no part that
    // selects the chunks a mark query matches yet).
    List<DocumentMatches.Chunk> chunks = new ArrayList<>();
    for (int from = 0; from < summary.chunks(); from += FIND_PAGE) {
      Optional<DocumentView> page = document(id, query, from, FIND_PAGE);
      if (page.isEmpty()) {
        return Optional.empty();
      }
      for (DocumentChunk chunk : page.get().chunks()) {
        int marks = DocumentMatches.marks(chunk.text());
        if (marks > 0) {
          chunks.add(new DocumentMatches.Chunk(chunk.ordinal(), marks));
        }
      }
    }
    return Optional.of(chunks);
  }

  @Override
  public List<DocumentSummary> documents() {
    return state.documents();
  }

  @Override
  public FacetCounts facets() {
    return state.corpusFacets();
  }

  @Override
  public IndexStats stats() {
    return state.stats();
  }

  @Override
  public AcronymTable acronyms() {
    return state.acronyms();
  }

  @Override
  public void close() {}

  /** The plugin's query for {@code run}'s tier and filters. */
  private SolrQuery policyQuery(SearchBackend.Run run, String part) {
    SolrQuery query = policyQuery(run.node(), part);
    query.set(PolicyParams.TIER, run.tier().name());
    boolean grouped = run.group() == SearchRequest.Group.DOCUMENT;
    if (grouped) {
      query.set(PolicyParams.UNIT, PolicyParams.DOCUMENTS);
    }
    // Values apart by line, not comma: a publisher's name can hold a comma.
    run.filters()
        .forEach(
            (facet, values) ->
                query.addFilterQuery(
                    "{!terms f="
                        + facet
                        + " tag="
                        + facet
                        + " separator=\"\\n\"}"
                        + String.join("\n", values)));
    if (!run.parties().isEmpty()) {
      // The parties are on the documents' records, the parents of their chunks' block.
      StringBuilder records = new StringBuilder();
      for (String party : run.parties()) {
        records
            .append(" +")
            .append(Fields.PARTY)
            .append(':')
            .append(ClientUtils.escapeQueryChars(party));
      }
      String ofParties = "(+" + Fields.RECORD + ":" + Fields.RECORD_VALUE + records + ")";
      // Grouped, the results are the records themselves.
      query.addFilterQuery(
          grouped
              ? ofParties
              : "{!child of=\"" + Fields.RECORD + ":" + Fields.RECORD_VALUE + "\"}" + ofParties);
    }
    if (!run.dates().isAny()) {
      // Tagged as the year facet, as the Lucene view counts the period with the years.
      query.addFilterQuery(
          "{!tag="
              + Fields.YEAR
              + "}"
              + Fields.DATE_SORT
              + ":["
              + run.dates().from()
              + " TO "
              + run.dates().to()
              + "]");
    }
    return query;
  }

  SolrQuery policyQuery(QueryNode node, String part) {
    SolrQuery query = new SolrQuery(QueryNodes.encode(node));
    query.set("defType", "policy");
    query.set(PolicyParams.PART, part);
    query.set(PolicyParams.STATS_FIELDS, PolicyParams.SCORED_FIELDS);
    addAcronyms(query, node);
    return query;
  }

  /**
   * The corpus's acronym definitions that share a word with {@code node}: only those can expand it,
   * and a shard knows only its own documents' definitions.
   */
  private void addAcronyms(SolrQuery query, QueryNode node) {
    if (node == null) {
      return;
    }
    Set<String> words = new HashSet<>();
    texts(node, words);
    for (AcronymTable.Entry entry : state.acronyms().entries()) {
      List<String> defined =
          Tokens.terms(WORDS, Fields.TEXT, entry.acronym() + " " + entry.expansion());
      if (defined.stream().anyMatch(words::contains)) {
        query.add(PolicyParams.ACRONYM, entry.acronym() + "\t" + entry.expansion());
      }
    }
  }

  private static void texts(QueryNode node, Set<String> words) {
    String text = null;
    if (node instanceof QueryNode.Words w) {
      text = w.text();
    } else if (node instanceof QueryNode.Phrase p) {
      text = p.text();
    } else if (node instanceof QueryNode.Prefix p) {
      text = p.prefix();
    } else if (node instanceof QueryNode.Filter f) {
      text = f.value();
    }
    if (text != null) {
      words.addAll(Tokens.terms(WORDS, Fields.TEXT, text));
    }
    if (node instanceof QueryNode.Not not) {
      texts(not.clause(), words);
    } else if (node instanceof QueryNode.All all) {
      all.clauses().forEach(c -> texts(c, words));
    } else if (node instanceof QueryNode.Any any) {
      any.clauses().forEach(c -> texts(c, words));
    }
  }

  static String idsFilter(List<Ranked> passages) {
    StringBuilder ids = new StringBuilder("{!terms f=id separator=\" \"}");
    for (Ranked passage : passages) {
      ids.append(passage.id).append(' ');
    }
    return ids.toString().trim();
  }

  /** The embedded engine's orders: by score, by date, newest, or in document order. */
  private static void sort(SolrQuery query, QueryNode node, SearchRequest.Sort sort) {
    if (sort == SearchRequest.Sort.NEWEST) {
      query.addSort(Fields.DATE_SORT, SolrQuery.ORDER.desc);
      query.addSort(Fields.INDEXED, SolrQuery.ORDER.desc);
    } else if (sort == SearchRequest.Sort.DATE) {
      query.addSort(Fields.DATE_SORT, SolrQuery.ORDER.desc);
      query.addSort("score", SolrQuery.ORDER.desc);
    } else if (node != null) {
      query.addSort("score", SolrQuery.ORDER.desc);
    }
    query.addSort(Fields.DOC_ID, SolrQuery.ORDER.asc);
    query.addSort(Fields.ORDINAL, SolrQuery.ORDER.asc);
  }

  /** A JSON Facet request counting every facet; drill-sideways when {@code sideways}. */
  static String facetRequest(boolean sideways) {
    StringBuilder json = new StringBuilder("{");
    for (String name : FacetRegistry.NAMES) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(name)
          .append(":{type:terms,field:")
          .append(name)
          .append(",limit:-1,mincount:1,sort:\"index asc\"");
      if (sideways) {
        json.append(",domain:{excludeTags:").append(name).append('}');
      }
      json.append('}');
    }
    return json.append('}').toString();
  }

  /** The counts of a JSON Facet response, each facet's values in index order. */
  @SuppressWarnings("unchecked")
  static FacetCounts facetCounts(QueryResponse answer) {
    NamedList<Object> facets = (NamedList<Object>) answer.getResponse().get("facets");
    Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    for (String name : FacetRegistry.NAMES) {
      Map<String, Integer> values = new LinkedHashMap<>();
      if (facets != null) {
        for (NamedList<Object> bucket : SolrBackend.buckets(facets, name)) {
          values.put(String.valueOf(bucket.get("val")), ((Number) bucket.get("count")).intValue());
        }
      }
      counts.put(name, values);
    }
    return new FacetCounts(counts);
  }
}
