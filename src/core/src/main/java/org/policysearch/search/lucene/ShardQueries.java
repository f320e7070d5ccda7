package org.policysearch.search.lucene;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.index.IndexAnalyzers;
import org.policysearch.search.DocumentChunk;
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

  /**
   * Queries over {@code reader} (one shard's index) for a corpus defining the acronyms of {@code
   * acronyms}, weighing words' rarity by {@code statistics} (the collection's, on a shard).
   */
  public ShardQueries(
      IndexReader reader, FacetLabels labels, AcronymTable acronyms, WordStatistics statistics) {
    this.queries =
        LuceneQueries.forCorpus(
            reader, labels, acronyms, new QueryBitSetProducer(LuceneQueries.RECORDS), statistics);
    this.highlighting = new Highlighting(IndexAnalyzers.create());
    this.stored = new StoredChunks(labels);
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

  /** The clauses that only rank, whose score is added to the first pass's best passages. */
  public Query ranking(QueryNode node) {
    return queries.ranking(node);
  }

  /** Whether a passage may hold only some of the words of {@code node}. */
  public boolean gradesWords(QueryNode node) {
    return queries.gradesWords(node);
  }

  /**
   * The hit the embedded engine would give for chunk {@code doc} of {@code searcher}'s index, the
   * words of {@code node} marked (null: none), with a score of 0: the score is the whole
   * collection's, known where the shards' answers meet.
   */
  public Hit hit(IndexSearcher searcher, int doc, QueryNode node, String linkQuery)
      throws IOException {
    return pageHits
        .of(searcher, queries, node, new ScoreDoc[] {new ScoreDoc(doc, 0f)}, linkQuery, null)
        .get(0);
  }

  /** Chunk {@code doc} as the document view shows it, the words of {@code marks} marked. */
  public DocumentChunk chunk(IndexSearcher searcher, int doc, QueryNode marks) throws IOException {
    Query marked = marks == null ? new MatchAllDocsQuery() : queries.highlighting(marks);
    String text = highlighting.fullTexts(searcher, marked, new int[] {doc})[0];
    return stored.chunk(searcher.storedFields().document(doc), text);
  }

  /** The document that stored chunk {@code doc} belongs to. */
  public DocumentSummary summary(IndexSearcher searcher, int doc) throws IOException {
    Document chunk = searcher.storedFields().document(doc);
    return stored.summary(chunk);
  }
}
