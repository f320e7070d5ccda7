package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

/**
 * A word's alternatives ({@link SynonymQuery}) or a phrase with alternatives at some of its
 * positions ({@link MultiPhraseQuery}) scored on a shard as one index holding every shard would
 * score it. Lucene weighs such a query by the alternatives its searcher's index holds and skips the
 * others, so a shard holding {@code chip} but no {@code semiconductor} would weigh {@code "memory
 * chips"} by {@code memory} and {@code chip} alone where one index counts all three; here every
 * alternative the collection holds counts, with the collection's figures.
 */
final class ShardAlternatives extends Query {
  private final Query alternatives;
  private final WordStatistics statistics;

  /** {@code alternatives}, a SynonymQuery or a MultiPhraseQuery, weighed by {@code statistics}. */
  ShardAlternatives(Query alternatives, WordStatistics statistics) {
    if (!(alternatives instanceof SynonymQuery) && !(alternatives instanceof MultiPhraseQuery)) {
      throw new IllegalArgumentException("not a query of alternatives: " + alternatives);
    }
    this.alternatives = alternatives;
    this.statistics = statistics;
  }

  /**
   * A query builder over {@code analyzer} whose words with alternatives are weighed by {@code
   * statistics} (Lucene's own queries when those are the whole index's), and whose single words
   * carry their {@code lookups}.
   */
  static QueryBuilder builder(Analyzer analyzer, WordStatistics statistics, TermLookups lookups) {
    boolean whole = statistics.wholeIndex();
    return new QueryBuilder(analyzer) {
      @Override
      protected Query newTermQuery(Term term, float boost) {
        Query query = lookups.query(term);
        return boost == 1f ? query : new BoostQuery(query, boost);
      }

      @Override
      protected Query newSynonymQuery(String field, TermAndBoost[] terms) {
        Query query = super.newSynonymQuery(field, terms);
        return whole ? query : wrap(query, statistics);
      }

      @Override
      protected Query analyzeMultiPhrase(String field, TokenStream stream, int slop)
          throws IOException {
        Query query = super.analyzeMultiPhrase(field, stream, slop);
        return whole ? query : wrap(query, statistics);
      }
    };
  }

  private static Query wrap(Query query, WordStatistics statistics) {
    return query instanceof SynonymQuery || query instanceof MultiPhraseQuery
        ? new ShardAlternatives(query, statistics)
        : query;
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = alternatives.rewrite(searcher);
    // One alternative left is a term query, which a shard lacking the term never matches.
    return rewritten == alternatives ? this : rewritten;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!scoreMode.needsScores()) {
      return alternatives.createWeight(searcher, scoreMode, boost);
    }
    List<TermStatistics> held = new ArrayList<>();
    for (Term term : terms()) {
      TermStatistics found = statistics.termStatistics(searcher, term);
      if (found != null) {
        held.add(found);
      }
    }
    TermStatistics[] weighed =
        alternatives instanceof SynonymQuery
            ? synonymStatistics(held)
            : held.toArray(new TermStatistics[0]);
    IndexSearcher scoped = new Scoped(searcher);
    scoped.setSimilarity(new Weighed(searcher.getSimilarity(), weighed));
    return alternatives.createWeight(scoped, scoreMode, boost);
  }

  /** The terms in the order Lucene's weight reads them, a term at two positions twice. */
  private List<Term> terms() {
    if (alternatives instanceof SynonymQuery synonyms) {
      return synonyms.getTerms();
    }
    List<Term> terms = new ArrayList<>();
    for (Term[] position : ((MultiPhraseQuery) alternatives).getTermArrays()) {
      terms.addAll(List.of(position));
    }
    return terms;
  }

  /** What SynonymQuery's weight makes of its terms: the commonest's frequency, all occurrences. */
  private static TermStatistics[] synonymStatistics(List<TermStatistics> held) {
    if (held.isEmpty()) {
      return new TermStatistics[0];
    }
    long docFreq = 0;
    long totalTermFreq = 0;
    for (TermStatistics term : held) {
      docFreq = Math.max(docFreq, term.docFreq());
      totalTermFreq += term.totalTermFreq();
    }
    return new TermStatistics[] {
      new TermStatistics(new BytesRef("synonym pseudo-term"), docFreq, totalTermFreq)
    };
  }

  /** The shard's searcher, its statistics and leaves, under another similarity. */
  private static final class Scoped extends IndexSearcher {
    private final IndexSearcher searcher;

    Scoped(IndexSearcher searcher) {
      super(searcher.getTopReaderContext());
      this.searcher = searcher;
      setQueryCache(null);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
        throws IOException {
      return searcher.termStatistics(term, docFreq, totalTermFreq);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
      return searcher.collectionStatistics(field);
    }
  }

  /** A similarity that scores with the given statistics whatever the weight found. */
  private static final class Weighed extends Similarity {
    private final Similarity similarity;
    private final TermStatistics[] statistics;

    Weighed(Similarity similarity, TermStatistics[] statistics) {
      this.similarity = similarity;
      this.statistics = statistics;
    }

    @Override
    public long computeNorm(FieldInvertState state) {
      return similarity.computeNorm(state);
    }

    @Override
    public SimScorer scorer(
        float boost, CollectionStatistics collectionStats, TermStatistics... termStats) {
      return similarity.scorer(boost, collectionStats, statistics);
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    alternatives.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return alternatives.toString(field);
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && alternatives.equals(((ShardAlternatives) other).alternatives)
        && statistics == ((ShardAlternatives) other).statistics;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), alternatives, System.identityHashCode(statistics));
  }
}
