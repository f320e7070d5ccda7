package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.index.IndexAnalyzers;
import org.policysearch.search.DocumentChunk;
import org.policysearch.search.DocumentHit;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.FacetLabels;
import org.policysearch.search.Hit;
import org.policysearch.search.QueryNode;
import org.policysearch.search.SearchBackend;

/**
 * The embedded engine's query building and chunk rendering for an engine that holds the index's
 * fields in shards (a Solr collection running a query-parser plugin), so that it selects, ranks and
 * marks chunks exactly as {@link LuceneBackend} does rather than by a copy of its rules.
 */
public final class ShardQueries {
  /**
   * What holding every word adds to a passage's score: a hit scoring at least this holds every word
   * of a query that {@link #gradesWords grades words}.
   */
  public static final float ALL_WORDS_BONUS = LuceneQueries.ALL_WORDS_BONUS;

  /** How many of the first pass's best passages the ranking clauses rescore. */
  public static final int RESCORE_WINDOW = TopWindowRescorer.WINDOW;

  private final LuceneQueries queries;
  private final PageHits pageHits;
  private final Highlighting highlighting;
  private final StoredChunks stored;
  private final DocumentGroups groups;

  /**
   * Queries over {@code reader} (one shard's index) for a corpus defining the acronyms of {@code
   * acronyms}, weighing words' rarity by {@code statistics} (the collection's, on a shard).
   */
  public ShardQueries(
      IndexReader reader, FacetLabels labels, AcronymTable acronyms, WordStatistics statistics) {
    BitSetProducer records = new QueryBitSetProducer(LuceneQueries.RECORDS);
    this.queries = LuceneQueries.forCorpus(reader, labels, acronyms, records, statistics);
    this.highlighting = new Highlighting(IndexAnalyzers.create());
    this.stored = new StoredChunks(labels);
    this.groups = new DocumentGroups(stored, records);
    this.pageHits = new PageHits(highlighting, stored, new MatchedFields());
  }

  /**
   * What selects the passages of {@code tier} of {@code node} (null: every chunk), ranked unless
   * only counted; {@code withRankingClauses} false gives the embedded engine's first pass by
   * relevance, to which {@link #ranking} adds its clauses' scores for the best passages.
   */
  public Query passages(
      QueryNode node, SearchBackend.Tier tier, boolean ranked, boolean withRankingClauses) {
    return queries.select(node, tier, ranked, withRankingClauses, chunks -> chunks);
  }

  /**
   * What selects the documents of {@code tier} of {@code node} (null: every chunk) as the embedded
   * engine's results grouped by document do: each document's record, scored by its best chunk (with
   * the ranking clauses) unless only counted. A block join, so a shard holding a document's whole
   * block answers for it alone.
   */
  public Query documents(QueryNode node, SearchBackend.Tier tier, boolean ranked) {
    return queries.select(node, tier, ranked, true, groups::documents);
  }

  /**
   * What ranks the passages shown under a document result and counts its matching chunks (see
   * {@link DocumentGroups#passages}): asked of one page's documents.
   */
  public Query documentPassages(QueryNode node) {
    return DocumentGroups.passages(queries, node);
  }

  /** The clauses that only rank, whose score is added to the first pass's best passages. */
  public Query ranking(QueryNode node) {
    return queries.ranking(node);
  }

  /** The most words all prefixes of one query may match together. */
  public static final int PREFIX_WORDS = PrefixBudget.MAX_WORDS;

  /**
   * How many distinct words of the passages, over the whole collection, begin with an analysed
   * prefix: counted up to one past {@link #PREFIX_WORDS}.
   */
  public interface PrefixWords {
    int beginningWith(String prefix) throws IOException;
  }

  /**
   * Refuses {@code node} as the embedded engine does when its prefixes match more than {@link
   * #PREFIX_WORDS} words in all (a 400 naming them), the words counted by {@code words}.
   */
  public void checkPrefixes(QueryNode node, PrefixWords words) throws IOException {
    if (node != null) {
      PrefixBudget.check(node, queries, words::beginningWith);
    }
  }

  /** Whether a passage may hold only some of the words of {@code node}. */
  public boolean gradesWords(QueryNode node) {
    return queries.gradesWords(node);
  }

  /**
   * The hit the embedded engine would give for chunk {@code doc} of {@code searcher}'s index, the
   * words of {@code node} marked (null: none), with a score of 0: the score is the whole
   * collection's, known where the shards' answers meet. With {@code explain}, it carries the
   * explanation of its score by the query {@link #explained} carries the words of, which is the
   * collection's when the searcher weighs words with the collection's statistics.
   */
  public Hit hit(IndexSearcher searcher, int doc, QueryNode node, String linkQuery, boolean explain)
      throws IOException {
    Query explained = explain && node != null ? queries.everyWordFirst(node) : null;
    return pageHits
        .of(
            searcher,
            queries,
            node,
            new ScoreDoc[] {new ScoreDoc(doc, 0f)},
            linkQuery,
            explained == null ? null : d -> searcher.explain(explained, d).toString())
        .get(0);
  }

  /**
   * Every document, with the words of the query that explains hits of {@code node} as clauses that
   * only score: as a request's main query, it has a distributed engine gather those words'
   * statistics over the whole collection for the request (Solr's statistics cache does so for the
   * main query alone), so that explanations given while it runs are the collection's.
   */
  public Query explained(QueryNode node) {
    return new BooleanQuery.Builder()
        .add(new MatchAllDocsQuery(), Occur.MUST)
        .add(queries.everyWordFirst(node), Occur.SHOULD)
        .build();
  }

  /** Chunk {@code doc} as the document view shows it, the words of {@code marks} marked. */
  public DocumentChunk chunk(IndexSearcher searcher, int doc, QueryNode marks) throws IOException {
    Query marked = marks == null ? new MatchAllDocsQuery() : queries.highlighting(marks);
    int[] docIds = {doc};
    Map<Integer, Document> loaded = StoredChunks.read(searcher, docIds);
    String text = highlighting.fullTexts(searcher, marked, docIds, loaded)[0];
    return stored.chunk(loaded.get(doc), text);
  }

  /**
   * The document result of record {@code doc} of {@code searcher}'s index, without its score,
   * passages and title: the shards' answers are met for those.
   */
  public DocumentHit document(IndexSearcher searcher, int doc) throws IOException {
    return stored.document(searcher.storedFields().document(doc));
  }

  /** The document that stored chunk {@code doc} belongs to. */
  public DocumentSummary summary(IndexSearcher searcher, int doc) throws IOException {
    Document chunk = searcher.storedFields().document(doc);
    return stored.summary(chunk);
  }
}
