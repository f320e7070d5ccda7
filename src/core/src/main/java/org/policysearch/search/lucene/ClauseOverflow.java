package org.policysearch.search.lucene;

import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.TooManyClauses;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.QueryNode;

/**
 * Says what made a query too large for Lucene's clause limit ({@link TooManyClauses}): the synonyms
 * and spelling variants its words expand to, or its own words and phrases.
 *
 * <p>Prefixes are never the cause: Lucene rewrites a prefix to one constant-score clause however
 * many words it matches, and the parser allows 64 clauses in all, so a user is never told to make
 * prefixes longer.
 */
final class ClauseOverflow {
  static final String SYNONYMS =
      "The query expands to too many words through synonyms and spelling variants (US also"
          + " searches U.S., USA and United States); search for fewer of them at once.";

  static final String WORDS =
      "The query has too many words and phrases to search at once; search for fewer.";

  private ClauseOverflow() {}

  /**
   * The 400 for {@code node}, whose search overflowed: blames the expansions when they make up at
   * least half of its clauses, the words themselves otherwise.
   */
  static InvalidQueryException of(QueryNode node, LuceneQueries queries) {
    int all = clauses(node, queries);
    int typed = clauses(node, queries.unexpanded());
    return new InvalidQueryException(all - typed >= typed ? SYNONYMS : WORDS);
  }

  /**
   * The clauses of {@code node}'s largest query, counted as Lucene counts them against its limit.
   */
  private static int clauses(QueryNode node, LuceneQueries queries) {
    Query query;
    try {
      query = queries.matching(node, true);
    } catch (TooManyClauses e) {
      return IndexSearcher.getMaxClauseCount() + 1; // one level alone is over the limit
    }
    int[] count = {0};
    query.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }

          @Override
          public void visitLeaf(Query leaf) {
            count[0]++;
          }

          @Override
          public void consumeTerms(Query leaf, Term... terms) {
            count[0]++;
          }

          @Override
          public void consumeTermsMatching(
              Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
            count[0]++;
          }
        });
    return count[0];
  }
}
