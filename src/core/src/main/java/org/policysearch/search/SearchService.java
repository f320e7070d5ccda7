package org.policysearch.search;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.index.ChunkDocuments;
import org.policysearch.index.FacetDefinition;
import org.policysearch.index.FacetRegistry;
import org.policysearch.search.SearchBackend.Page;
import org.policysearch.search.SearchBackend.Run;
import org.policysearch.search.SearchBackend.Tier;
import org.policysearch.structure.Chunk;
import org.policysearch.structure.EnglishWords;

/**
 * Answers searches, document views and facet listings; knows nothing of HTTP, nor of the engine
 * behind its {@link SearchBackend}. It owns what a search means: the query language, facet values
 * typed or ticked, the results holding every word before those holding some, "did you mean" and its
 * correction, the answer's shape. Safe for concurrent use; follows the backend's refreshes.
 */
public final class SearchService implements Closeable {
  /**
   * Fewer hits holding every word than this and the answer also carries a "did you mean"
   * suggestion: a typo in one word of several leaves thousands of hits holding the others.
   */
  private static final int SUGGEST_BELOW = 3;

  /**
   * How many times more results holding every word the correction must find than the words as
   * typed, when these find a few, for the answer to be the correction's: "phytosanitory", a typo
   * two agreements share, finds two passages where "phytosanitary" finds thousands.
   */
  private static final int CORRECTION_FINDS_MORE = 10;

  /** The most rows one export holds (the API's and the CLI's), so an export's cost is bounded. */
  public static final int EXPORT_MAX = 50_000;

  /** Results read at a time by an export: a page's worth of highlighting in memory, not all. */
  private static final int EXPORT_BATCH = 200;

  private final SearchBackend backend;
  private final FacetLabels labels;
  private final FacetValues facetValues;
  private final ResultCache answers;
  private volatile CorpusFacets corpusFacets;
  private volatile DocumentsById documentsById;
  private volatile NewestFirst newestFirst;

  /**
   * Searches through {@code backend}, which it closes when closed, giving the answers to repeated
   * searches again from a {@link ResultCache} of its default size for this heap.
   */
  public SearchService(SearchBackend backend, FacetLabels labels) {
    this(
        backend,
        labels,
        new ResultCache(ResultCache.defaultMegabytes(Runtime.getRuntime().maxMemory())));
  }

  /** Searches through {@code backend}, keeping answers in {@code answers}. */
  public SearchService(SearchBackend backend, FacetLabels labels, ResultCache answers) {
    this.backend = Objects.requireNonNull(backend);
    this.labels = Objects.requireNonNull(labels);
    this.facetValues = new FacetValues(labels);
    this.answers = Objects.requireNonNull(answers);
  }

  /**
   * Ranked, highlighted, faceted chunks for {@code request}; documents with their best chunks when
   * it groups by document.
   */
  public SearchResult search(SearchRequest request) throws IOException {
    return search(request, null);
  }

  /**
   * {@link #search(SearchRequest)} within {@code budget} (null: none), from now to the answer.
   *
   * @throws SearchTimeoutException when the budget runs out first: the search stops rather than
   *     hold a thread, and no partial answer is given for a whole one
   */
  public SearchResult search(SearchRequest request, Duration budget) throws IOException {
    long start = System.nanoTime();
    try (SearchBackend.View view = budget == null ? backend.view() : backend.view(budget)) {
      Object generation = view.generation();
      // A kept answer is of a query that parsed: only a new request is parsed.
      SearchResult kept = answers.get(generation, request);
      if (kept != null) {
        return kept.took((System.nanoTime() - start) / 1_000_000);
      }
      // "country:KR" typed in the query selects KR as ticking its box does.
      UserQueryParser parser = new UserQueryParser();
      QueryFacets typed = QueryFacets.of(parse(parser, request.query()));
      Run run = run(typed, request);
      SearchResult answer = search(view, request, typed, run, start, parser.notes());
      answers.put(generation, request, answer);
      return answer;
    }
  }

  private SearchResult search(
      SearchBackend.View view,
      SearchRequest request,
      QueryFacets typed,
      Run run,
      long start,
      List<String> readAs)
      throws IOException {
    QueryNode node = run.node();
    Map<String, List<String>> filters = run.filters();
    // Null when no result holds every word: the results holding some are searched only if the
    // spelling correction does not find every word, so a typo costs one faceted pass, not two.
    Attempt attempt = strictly(view, run);
    String suggestion =
        node != null && (attempt == null || attempt.allWords() < SUGGEST_BELOW)
            ? view.suggest(request.query())
            : null;
    String corrected = null;
    Respelling respelling =
        suggestion == null
            ? null
            : Respelling.of(request.query(), suggestion, EnglishWords.bundled());
    if (suggestion != null && (request.correct() || respelling.replacesAWord())) {
      // Like a web search engine: when the words as typed find nothing whole, or a few where the
      // correction finds far more, show what the correction finds with every word, and say so
      // (the page offers the query as typed).
      QueryNode fixed = QueryFacets.of(new UserQueryParser().parse(suggestion)).rest();
      long typedWhole = attempt == null ? 0 : attempt.allWords();
      Attempt better =
          fixed == null ? null : strictly(view, run(fixed, filters, request).linking(suggestion));
      long betterWhole = better == null ? 0 : better.allWords();
      if (respelling.replacesAWord() && betterWhole <= typedWhole) {
        // A word of English the texts do not say is no typo for that: "supply chain resilience"
        // is not "supply chain residence" where no passage says that either.
        suggestion = null;
      } else if (request.correct()
          && better != null
          && better.total() > 0
          && betterWhole >= Math.max(1, CORRECTION_FINDS_MORE * typedWhole)
          && (!respelling.replacesAWord()
              || respelling.inContext() && saidTogether(view, respelling, filters, request))) {
        attempt = better;
        corrected = suggestion;
      }
    }
    if (attempt == null) {
      attempt = relaxed(view, run);
    }
    SearchResult.Unquoted unquoted =
        attempt.total() == 0 && corrected == null ? unquoted(view, request, filters) : null;
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
        unquoted,
        grouped ? List.of() : titled(view, attempt.hits()),
        facetValues.of(attempt.facets(), filters),
        queryFilters(typed),
        request.group().code(),
        grouped ? attempt.documents() : null,
        attempt.folded(),
        readAs);
  }

  /**
   * Whether the texts put a word the suggestion puts for a word of English beside the query's word
   * next to it far more often than the word as typed: "public procurement", not "pubic
   * procurement", is what they say. Many passages holding both words anywhere are no such evidence:
   * a common word is held beside any other, and a passage opening with "import" and closing with
   * "port" does not say that "import pork" meant "import port".
   */
  private boolean saidTogether(
      SearchBackend.View view,
      Respelling respelling,
      Map<String, List<String>> filters,
      SearchRequest request)
      throws IOException {
    for (Respelling.Neighbours pair : respelling.neighbours()) {
      long suggested = view.count(run(phrase(pair.suggested()), filters, request));
      if (suggested == 0) {
        continue;
      }
      long typed = view.count(run(phrase(pair.typed()), filters, request));
      if (suggested >= CORRECTION_FINDS_MORE * typed) {
        return true;
      }
    }
    return false;
  }

  private static QueryNode phrase(String words) {
    return new QueryNode.Phrase(words, Respelling.NEIGHBOUR_SLOP);
  }

  /**
   * What the query's words find without the quotes of its phrases, with the same filters; null when
   * it has no phrase or they find nothing either. A phrase no passage says may be said otherwise
   * ("critical minerals" as "minerals critical to"); the words are only counted, to be offered as
   * "did you mean" is, never searched in the phrase's place: a phrase asks for its words in order.
   */
  private SearchResult.Unquoted unquoted(
      SearchBackend.View view, SearchRequest request, Map<String, List<String>> filters)
      throws IOException {
    Optional<String> bare = UserQueryParser.withoutQuotes(request.query());
    if (bare.isEmpty()) {
      return null;
    }
    try {
      QueryNode node = QueryFacets.of(parse(bare.get())).rest();
      if (node == null) {
        return null;
      }
      Run all = run(node, filters, request);
      long total = view.count(all);
      if (total == 0) {
        return null;
      }
      long allWords = view.gradesWords(node) ? view.count(all.of(Tier.EVERY_WORD)) : total;
      return new SearchResult.Unquoted(bare.get(), total, allWords);
    } catch (InvalidQueryException e) {
      // Apart, a long phrase's words may be more than a query may hold: nothing to offer then,
      // and the phrase, which was not, keeps its answer.
      return null;
    }
  }

  /**
   * {@code hits} with the passages folded into each given their documents' titles and their section
   * paths: engines fold by chunk, and know the titles only on their pages. Without its headings, a
   * clause folded from five chapters of one agreement read as five links to its title.
   */
  private List<Hit> titled(SearchBackend.View view, List<Hit> hits) throws IOException {
    if (hits.stream().allMatch(hit -> hit.sameText().isEmpty())) {
      return hits;
    }
    Map<String, DocumentSummary> documents = documentsById(view);
    List<Hit> titled = new ArrayList<>(hits.size());
    for (Hit hit : hits) {
      List<SameTextPassage> placed = new ArrayList<>(hit.sameText().size());
      for (SameTextPassage same : hit.sameText()) {
        DocumentSummary document = documents.get(same.documentId());
        // A backend that reads the headings with the window leaves nothing to look up here.
        SameTextPassage under =
            same.sectionPath() != null ? same : same.under(headings(view, same));
        placed.add(under.titled(document == null ? same.documentId() : document.title()));
      }
      titled.add(hit.folding(placed));
    }
    return titled;
  }

  /**
   * The headings above a folded passage in its document, read as the document view reads them: for
   * a backend that does not read them with its window.
   */
  private static List<String> headings(SearchBackend.View view, SameTextPassage same)
      throws IOException {
    return view.document(same.documentId(), null, Chunk.ordinalOf(same.chunkId()), 1)
        .flatMap(document -> document.chunks().stream().findFirst())
        .map(DocumentChunk::sectionPath)
        .orElse(List.of());
  }

  /**
   * Every document by id as {@code view} reads the index: the backend lists them once per index
   * state, and they are put by id once too, as {@link #facets()} labels the corpus's counts, not
   * for every search that folds (a large archive has many documents).
   */
  private Map<String, DocumentSummary> documentsById(SearchBackend.View view) throws IOException {
    List<DocumentSummary> documents = view.documents();
    DocumentsById last = documentsById;
    if (last == null || last.documents() != documents) {
      last = new DocumentsById(documents, Collections.unmodifiableMap(byId(documents)));
      documentsById = last;
    }
    return last.byId();
  }

  /** One state's list of documents, and the same by id. */
  private record DocumentsById(
      List<DocumentSummary> documents, Map<String, DocumentSummary> byId) {}

  /**
   * One answer to a query, from one or two tiers of its results.
   *
   * @param facets the facet counts: of the results holding every word when there are any, else of
   *     all results
   * @param total how many results match
   * @param allWords how many of them hold every word
   * @param folded how many results up to the page's end were folded into a better one
   */
  private record Attempt(
      FacetCounts facets,
      long total,
      long allWords,
      List<Hit> hits,
      List<DocumentHit> documents,
      int folded) {

    /** Some hits, none with every word. */
    boolean relaxed() {
      return allWords == 0 && total > 0;
    }
  }

  /**
   * The first run of a request whose query is {@code typed}: its typed facet values moved out of
   * the query into the filters ("country:KR" selects KR as ticking its box does).
   */
  private Run run(QueryFacets typed, SearchRequest request) throws IOException {
    return run(typed.rest(), resolveFilters(typed.addedTo(request.filters())), request);
  }

  private static Map<String, DocumentSummary> byId(List<DocumentSummary> documents) {
    Map<String, DocumentSummary> byId = new HashMap<>();
    documents.forEach(d -> byId.put(d.id(), d));
    return byId;
  }

  /** The first run of a request: every result, the requested page, facets counted. */
  private Run run(QueryNode node, Map<String, List<String>> filters, SearchRequest request) {
    int from = (request.page() - 1) * request.size();
    return new Run(
        node,
        Tier.ALL,
        filters,
        request.dates(),
        request.parties().stream().map(p -> labels.resolve("country", p)).distinct().toList(),
        request.group(),
        // Without words relevance means nothing: the newest documents come first, as the start
        // page lists them, rather than the documents in the string order of their ids.
        node == null && request.sort() == SearchRequest.Sort.RELEVANCE
            ? SearchRequest.Sort.DATE
            : request.sort(),
        from,
        from + request.size(),
        true,
        request.explain(),
        request.query(),
        request.fold());
  }

  /**
   * Runs the query in tiers: the results holding every word, counted and faceted as the answer's
   * facets; the number of all results; and, only when the page reaches past the first tier, the
   * best of those holding some of the words. Counting facets over every result that holds any word
   * (on a large corpus, most chunks for "rules of origin") would cost several times the search, for
   * counts of passages the user would not read. Null when no result holds every word of graded
   * words: then {@link #relaxed} answers.
   */
  private static Attempt strictly(SearchBackend.View view, Run all) throws IOException {
    if (all.node() == null || !view.gradesWords(all.node())) {
      Page page = view.search(all);
      return new Attempt(
          page.facets(), page.total(), page.total(), page.hits(), page.documents(), page.folded());
    }
    // How many hold some of the words is wanted only if some hold them all, but costs as much
    // either way: a backend with a spare core counts beside this search.
    SearchBackend.View.Count some = view.countAside(all);
    Page first = view.search(all.of(Tier.EVERY_WORD));
    long allWords = first.total();
    if (allWords == 0) {
      return null;
    }
    long total = some.get();
    // Those folded into a better one with the same text take no place on a page.
    long collected = Math.min(allWords - first.folded(), all.to());
    if (collected >= all.to() || total == allWords) {
      return new Attempt(
          first.facets(), total, allWords, first.hits(), first.documents(), first.folded());
    }
    // The page reaches past those holding every word: the rest of it holds some of the words.
    Page rest =
        view.search(
            all.of(Tier.SOME_WORDS)
                .window((int) Math.max(0, all.from() - collected), (int) (all.to() - collected)));
    return new Attempt(
        first.facets(),
        total,
        allWords,
        concat(first.hits(), rest.hits()),
        concat(first.documents(), rest.documents()),
        first.folded() + rest.folded());
  }

  /** Every result of {@code all}, none holding every word, faceted: a relaxed answer. */
  private static Attempt relaxed(SearchBackend.View view, Run all) throws IOException {
    Page some = view.search(all);
    return new Attempt(
        some.facets(), some.total(), 0, some.hits(), some.documents(), some.folded());
  }

  private static <T> List<T> concat(List<T> first, List<T> then) {
    return Stream.concat(first.stream(), then.stream()).toList();
  }

  /**
   * Every result of {@code request} (its page and size ignored), best first as the page shows them
   * (those holding every word, then those holding some), as rows handed to {@code rows} in order;
   * the query is searched as typed, never as its spelling correction.
   *
   * @param limit the most rows handed over: the best {@code limit} results
   * @param whole whether a search with more than {@code limit} results is refused rather than cut
   * @return how many rows were handed over
   * @throws InvalidQueryException when {@code whole} and the search has more than {@code limit}
   *     results, before any row is handed over
   */
  public long export(SearchRequest request, int limit, boolean whole, Consumer<ExportRow> rows)
      throws IOException {
    // An export lists every passage, those reading the same as a better one too.
    Run all = run(QueryFacets.of(parse(request.query())), request).unfolded().window(0, limit);
    QueryNode node = all.node();
    try (SearchBackend.View view = backend.view()) {
      long total = view.count(all);
      if (total > limit && whole) {
        throw new InvalidQueryException(
            "This search has "
                + total
                + " results and an export holds at most "
                + limit
                + ": narrow it with filters or a date range, or export the best ones with limit.");
      }
      total = Math.min(total, limit);
      Map<String, DocumentSummary> documents = byId(view.documents());
      Consumer<Page> emit =
          page -> {
            page.hits().forEach(h -> rows.accept(ExportRow.of(h, documents.get(h.documentId()))));
            page.documents()
                .forEach(d -> rows.accept(ExportRow.of(d, documents.get(d.documentId()))));
          };
      if (node == null || !view.gradesWords(node)) {
        view.stream(all, EXPORT_BATCH, emit);
        return total;
      }
      long everyWord = Math.min(total, view.count(all.of(Tier.EVERY_WORD)));
      view.stream(all.of(Tier.EVERY_WORD).window(0, (int) everyWord), EXPORT_BATCH, emit);
      if (everyWord < total) {
        view.stream(
            all.of(Tier.SOME_WORDS).window(0, (int) (total - everyWord)), EXPORT_BATCH, emit);
      }
      return total;
    }
  }

  /**
   * The documents of {@code request}'s results by country pair and sector, the {@code rows} pairs
   * with most documents as rows; with parties named in the request, only their pairs (a country's
   * partners). Counted from the results holding every word when there are any, as the facets are.
   */
  public PairMatrix matrix(SearchRequest request, int rows) throws IOException {
    Tallied tallied = tallies(request);
    return PairMatrix.of(tallied.tallies(), rows, tallied.parties(), labels);
  }

  /** The parties of {@code request}'s documents as a network, its {@code edges} strongest pairs. */
  public PartyNetwork network(SearchRequest request, int edges) throws IOException {
    return PartyNetwork.of(tallies(request).tallies(), edges, labels);
  }

  /**
   * The documents of {@code request}'s results by date, at most {@code limit} of them (the newest),
   * for a time axis; counted as the matrix counts (from doc values and the documents' metadata, no
   * passage read or marked).
   */
  public Timeline timeline(SearchRequest request, int limit) throws IOException {
    Tallied tallied = tallies(request);
    return Timeline.of(tallied.tallies(), byId(tallied.documents()), limit, labels);
  }

  /**
   * The documents a request's results are in, tallied, with the parties it names and every
   * document's metadata (the view's list, kept per index state: only the timeline reads it).
   */
  private record Tallied(
      List<DocumentTally> tallies, List<String> parties, List<DocumentSummary> documents) {}

  private Tallied tallies(SearchRequest request) throws IOException {
    Run all = run(QueryFacets.of(parse(request.query())), request);
    QueryNode node = all.node();
    try (SearchBackend.View view = backend.view()) {
      List<DocumentTally> tallies = null;
      if (node != null && view.gradesWords(node)) {
        tallies = view.tally(all.of(Tier.EVERY_WORD));
      }
      if (tallies == null || tallies.isEmpty()) {
        tallies = view.tally(all);
      }
      return new Tallied(tallies, all.parties(), view.documents());
    }
  }

  /** The most agreements one comparison sets side by side with the passage. */
  public static final int MAX_COMPARED = 4;

  /**
   * Passage {@code chunkId} beside the passage of each of {@code documentIds} that reads most like
   * it, with the words that differ; empty when no chunk has the id.
   *
   * @throws InvalidQueryException for no document, more than {@link #MAX_COMPARED}, an empty name,
   *     one named twice, or an unknown one
   */
  public Optional<ClauseComparison> compare(String chunkId, List<String> documentIds)
      throws IOException {
    List<String> ids = documentIds.stream().map(String::strip).toList();
    // A name left empty or given twice is a mistake in the request (a list put together by hand
    // or by a script), not something to pass over: the answer would compare fewer documents, or
    // one twice, than the asker thinks.
    if (ids.size() > 1 && ids.contains("")) {
      throw new InvalidQueryException(
          "documents has an empty name: document ids separated by single commas.");
    }
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new InvalidQueryException(
            "documents names " + id + " twice: name each document once.");
      }
    }
    ids = ids.stream().filter(d -> !d.isEmpty()).toList();
    if (ids.isEmpty() || ids.size() > MAX_COMPARED) {
      throw new InvalidQueryException(
          "Name 1 to " + MAX_COMPARED + " documents to compare the passage with.");
    }
    requirePassageId(chunkId);
    try (SearchBackend.View view = backend.view()) {
      Map<String, DocumentSummary> documents = byId(view.documents());
      for (String id : ids) {
        if (!documents.containsKey(id)) {
          throw new InvalidQueryException("No document with id \"" + id + "\".");
        }
      }
      Optional<SearchBackend.View.Counterparts> found = view.counterparts(chunkId, ids);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      Hit source = found.get().source();
      String sourceText = ExportRow.plain(source.text());
      List<ClauseComparison.Counterpart> counterparts = new ArrayList<>();
      for (String id : ids) {
        Hit passage = found.get().byDocument().get(id);
        counterparts.add(
            new ClauseComparison.Counterpart(
                id,
                documents.get(id).title(),
                passage,
                passage == null
                    ? List.of()
                    : WordDiff.of(sourceText, ExportRow.plain(passage.text()))));
      }
      return Optional.of(new ClauseComparison(source, counterparts));
    }
  }

  /**
   * The passage {@code chunkId} ({@code documentId:ordinal}) with its document's metadata, as a
   * citation or an export would give it; empty when the index has no such chunk.
   */
  public Optional<ExportRow> passage(String chunkId) throws IOException {
    int ordinal = requirePassageId(chunkId);
    try (SearchBackend.View view = backend.view()) {
      return view.document(chunkId.substring(0, chunkId.lastIndexOf(':')), null, ordinal, 1)
          .filter(d -> !d.chunks().isEmpty())
          .map(d -> ExportRow.of(d.chunks().get(0), d.document()));
    }
  }

  /** The chunk number {@code chunkId} ends in; a 400 for what is no passage id at all. */
  private static int requirePassageId(String chunkId) {
    int ordinal = Chunk.ordinalOf(chunkId);
    if (ordinal < 0) {
      throw new InvalidQueryException(
          "A passage id is a document id and a chunk number: us-rok-deal:12.");
    }
    return ordinal;
  }

  /**
   * Every document's metadata and chunk count, newest first ({@link #NEWEST_FIRST}), as a search
   * without words lists them.
   */
  public List<DocumentSummary> documents() throws IOException {
    try (SearchBackend.View view = backend.view()) {
      List<DocumentSummary> documents = view.documents();
      NewestFirst last = newestFirst;
      if (last == null || last.documents() != documents) {
        // The backend lists them once per index state: order them once too.
        last = new NewestFirst(documents, documents.stream().sorted(NEWEST_FIRST).toList());
        newestFirst = last;
      }
      return last.sorted();
    }
  }

  /**
   * Documents by date, newest first, undated last, then by id: the order of a search without words
   * by date (the engines' date sort value, then the document id), so the start page and the
   * Documents view without words list them alike. A library's reader looks for the latest
   * agreements first; the ids' own order (pta-1, pta-10, pta-100, pta-2) means nothing to a reader.
   */
  static final Comparator<DocumentSummary> NEWEST_FIRST =
      Comparator.<DocumentSummary>comparingLong(d -> -ChunkDocuments.dateNumber(d.date()))
          .thenComparing(DocumentSummary::id);

  /** One state's list of documents, and the same newest first. */
  private record NewestFirst(List<DocumentSummary> documents, List<DocumentSummary> sorted) {}

  /** A document with every chunk in order, the query's words marked when {@code query} is given. */
  public Optional<DocumentView> document(String id, String query) throws IOException {
    return document(id, query, 0, Integer.MAX_VALUE);
  }

  /**
   * A document with its chunks from ordinal {@code from}, at most {@code size} of them, the query's
   * words marked when {@code query} is given.
   */
  public Optional<DocumentView> document(String id, String query, int from, int size)
      throws IOException {
    if (from < 0) {
      throw new InvalidQueryException("from must be 0 or more.");
    }
    if (size < 1) {
      throw new InvalidQueryException("size must be 1 or more.");
    }
    // Only marks depend on the query: one with nothing to mark still opens the document.
    QueryNode node = query == null ? null : new UserQueryParser().parse(query);
    refuseUnknownFilters(node);
    try (SearchBackend.View view = backend.view()) {
      return view.document(id, node, from, size);
    }
  }

  /** Document {@code id}'s metadata; empty when no document has it. */
  public Optional<DocumentSummary> summary(String id) throws IOException {
    try (SearchBackend.View view = backend.view()) {
      return Optional.ofNullable(documentsById(view).get(id));
    }
  }

  /** The table of contents of document {@code id}; empty when no document has it. */
  public Optional<DocumentOutline> outline(String id) throws IOException {
    try (SearchBackend.View view = backend.view()) {
      return view.outline(id);
    }
  }

  /**
   * Where {@code query}'s words are marked in document {@code id}, in the query language and with
   * the analysis of a search (synonyms, spelling variants); empty when no document has {@code id}.
   *
   * @throws InvalidQueryException when the query is empty, malformed or has no word to find (only
   *     exclusions or filters)
   */
  public Optional<DocumentMatches> find(String id, String query) throws IOException {
    if (query == null || query.isBlank()) {
      throw new InvalidQueryException("Type the words to find in this document.");
    }
    QueryNode node = new UserQueryParser().parse(query);
    refuseUnknownFilters(node);
    if (!findsWords(node)) {
      throw new InvalidQueryException(
          "The query has no words to find in the document. Type words or a \"phrase\";"
              + " exclusions (-word) and filters (country:IT) find nothing here.");
    }
    try (SearchBackend.View view = backend.view()) {
      return view.find(id, node).map(chunks -> DocumentMatches.of(id, query, chunks));
    }
  }

  /**
   * Refuses a filter {@code node} types that names no value ({@code country:Narnia}), as a search
   * does: a document's view marks words only, but the same query must not be a 400 in the results
   * and pass unremarked once a result is opened.
   */
  private void refuseUnknownFilters(QueryNode node) throws IOException {
    if (node != null) {
      resolveFilters(QueryFacets.of(node).addedTo(Map.of()));
    }
  }

  /** Whether {@code node} has a word, phrase or prefix outside an exclusion: something to mark. */
  private static boolean findsWords(QueryNode node) {
    if (node instanceof QueryNode.Words
        || node instanceof QueryNode.Phrase
        || node instanceof QueryNode.Prefix) {
      return true;
    }
    if (node instanceof QueryNode.All all) {
      return all.clauses().stream().anyMatch(SearchService::findsWords);
    }
    if (node instanceof QueryNode.Any any) {
      return any.clauses().stream().anyMatch(SearchService::findsWords);
    }
    return false;
  }

  /** The most similar passages one request asks for. */
  public static final int MAX_SIMILAR = 50;

  /** What a chunk id looks like: a document id (see DocumentIds), a colon, the chunk's ordinal. */
  private static final Pattern CHUNK_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,299}:[0-9]{1,9}");

  /**
   * The passages of other documents most like chunk {@code chunkId}, best first, at most {@code
   * size} different texts, the copies of each folded into it; empty when no chunk has that id.
   *
   * @throws InvalidQueryException for an id that no chunk could have, or a size outside 1 to {@link
   *     #MAX_SIMILAR}
   */
  public Optional<List<Hit>> similar(String chunkId, int size, Duration budget) throws IOException {
    if (chunkId == null || !CHUNK_ID.matcher(chunkId).matches()) {
      throw new InvalidQueryException(
          "A chunk id is a document id, a colon and the chunk's number, such as"
              + " us-rok-technology-prosperity-deal:12.");
    }
    if (size < 1 || size > MAX_SIMILAR) {
      throw new InvalidQueryException("size must be between 1 and " + MAX_SIMILAR + ".");
    }
    try (SearchBackend.View view = budget == null ? backend.view() : backend.view(budget)) {
      Optional<List<Hit>> hits = view.similar(chunkId, size);
      // The copies folded into a hit are named as a search's are: title and headings.
      return hits.isEmpty() ? hits : Optional.of(titled(view, hits.get()));
    }
  }

  /** Every value of every facet with its count over the whole corpus. */
  public Map<String, List<FacetValue>> facets() throws IOException {
    try (SearchBackend.View view = backend.view()) {
      FacetCounts counts = view.facets();
      CorpusFacets last = corpusFacets;
      if (last == null || last.counts() != counts) {
        // The backend counts the corpus once per index state: label and sort them once too.
        last =
            new CorpusFacets(counts, Collections.unmodifiableMap(facetValues.of(counts, Map.of())));
        corpusFacets = last;
      }
      return last.values();
    }
  }

  /**
   * {@link #facets()} narrowed: only {@code facet} when it is not null, and only the values whose
   * label or code holds {@code contains} when it is not blank (see {@link FacetValueMatch}).
   *
   * @throws InvalidQueryException when {@code facet} names no facet
   */
  public Map<String, List<FacetValue>> facets(String facet, String contains) throws IOException {
    if (facet != null && !Facet.NAMES.contains(facet)) {
      throw new InvalidQueryException(
          "Unknown facet \""
              + (facet.length() > 40 ? facet.substring(0, 40) + "…" : facet)
              + "\": known facets are "
              + String.join(", ", Facet.NAMES)
              + ".");
    }
    FacetValueMatch match = FacetValueMatch.of(contains == null ? "" : contains);
    Map<String, List<FacetValue>> narrowed = new LinkedHashMap<>();
    facets()
        .forEach(
            (name, values) -> {
              if (facet == null || facet.equals(name)) {
                narrowed.put(name, match.in(values, labels.otherNames(name)));
              }
            });
    return narrowed;
  }

  /**
   * The other names a user may type for each facet's values, by facet and value (a country's
   * aliases: "U.K." for GB); a facet whose labels are its only names has none.
   */
  public Map<String, Map<String, List<String>>> otherNames() {
    Map<String, Map<String, List<String>>> names = new LinkedHashMap<>();
    for (String facet : Facet.NAMES) {
      Map<String, List<String>> other = labels.otherNames(facet);
      if (!other.isEmpty()) {
        names.put(facet, other);
      }
    }
    return names;
  }

  /** The corpus's facet values as last labelled, with the counts they were made from. */
  private record CorpusFacets(FacetCounts counts, Map<String, List<FacetValue>> values) {}

  /** How many documents and chunks the index holds. */
  public IndexStats stats() throws IOException {
    try (SearchBackend.View view = backend.view()) {
      return view.stats();
    }
  }

  /**
   * Why searches answer from an older state of the index than the newest on disk, when they do: the
   * newest could not be read, and the last good one is kept rather than none.
   */
  public Optional<String> degraded() {
    return backend.degraded();
  }

  /** Which engine answers ({@code lucene} or {@code solr}). */
  public String engine() {
    return backend.engine();
  }

  /** The engine's cluster state; empty for an index in this process. */
  public Optional<String> cluster() throws IOException {
    return backend.cluster();
  }

  /** The acronyms the indexed documents define, with the documents that define each. */
  public AcronymTable acronyms() throws IOException {
    try (SearchBackend.View view = backend.view()) {
      return view.acronyms();
    }
  }

  /**
   * Searches the newest index commit from now on. Without this call a new commit is picked up by
   * the backend's background refresh (within about a second).
   */
  public void refresh() throws IOException {
    backend.refresh();
  }

  private static QueryNode parse(String query) {
    // A parser holds its position in the tokens: one per query, as searches run at once.
    return parse(new UserQueryParser(), query);
  }

  private static QueryNode parse(UserQueryParser parser, String query) {
    QueryNode node = parser.parse(query);
    if (node == null && !query.isBlank()) {
      throw new InvalidQueryException(
          "The query has no words to search for. Type words, a \"phrase\", or a filter such as"
              + " country:IT.");
    }
    return node;
  }

  private List<SearchResult.QueryFilter> queryFilters(QueryFacets typed) throws IOException {
    List<SearchResult.QueryFilter> filters = new ArrayList<>();
    for (QueryNode.Filter f : typed.typed()) {
      filters.add(
          new SearchResult.QueryFilter(
              f.field(),
              resolve(f.field(), f.value()),
              f.field() + ":" + (f.quoted() ? "\"" + f.value() + "\"" : f.value())));
    }
    return filters;
  }

  private Map<String, List<String>> resolveFilters(Map<String, List<String>> requested)
      throws IOException {
    Map<String, List<String>> resolved = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> facet : requested.entrySet()) {
      String dimension = facet.getKey();
      if (!FacetRegistry.NAMES.contains(dimension)) {
        throw new InvalidQueryException("Unknown facet \"" + dimension + "\".");
      }
      Set<String> codes = new LinkedHashSet<>();
      for (String value : facet.getValue()) {
        codes.add(resolve(dimension, value));
      }
      if (!codes.isEmpty()) {
        resolved.put(dimension, List.copyOf(codes));
      }
    }
    return resolved;
  }

  /**
   * The value of {@code dimension} that {@code typed} names; for a facet of names, as the corpus
   * spells it ({@code bbc news}: "BBC News"), or as typed where no document gives it.
   */
  private String resolve(String dimension, String typed) throws IOException {
    String value = labels.resolve(dimension, typed);
    if (FacetRegistry.named(dimension).orElseThrow().vocabulary()
        != FacetDefinition.Vocabulary.NAMES) {
      return value;
    }
    for (FacetValue known : facets().getOrDefault(dimension, List.of())) {
      if (known.value().replaceAll("\\s+", " ").equalsIgnoreCase(value)) {
        return known.value();
      }
    }
    return value;
  }

  @Override
  public void close() throws IOException {
    backend.close();
  }
}
