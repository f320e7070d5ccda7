package org.policysearch.search.lucene;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A query whose final form depends on how rare some words are, built when a searcher rewrites it
 * rather than when the query is parsed. A Solr shard parses a query before it is given the
 * collection's statistics and has them only while it searches, so a weight computed at parse time
 * from the shard's own words would rank differently on every shard. The embedded engine gets the
 * same query either way.
 */
abstract class RarityWeighted extends Query {
  private final List<Query> parts;
  private final Occur occur;

  /**
   * A query made of {@code parts}, which stand in for it until it is built (for counting clauses
   * and collecting terms), each as a clause of {@code occur}.
   */
  RarityWeighted(List<Query> parts, Occur occur) {
    this.parts = List.copyOf(parts);
    this.occur = occur;
  }

  /** The query, built from the statistics {@code searcher} gives through {@code statistics}. */
  abstract Query build(IndexSearcher searcher) throws IOException;

  @Override
  public final Query rewrite(IndexSearcher searcher) throws IOException {
    return build(searcher);
  }

  @Override
  public final void visit(QueryVisitor visitor) {
    QueryVisitor sub = visitor.getSubVisitor(occur, this);
    parts.forEach(part -> part.visit(sub));
  }

  List<Query> parts() {
    return parts;
  }

  @Override
  public String toString(String field) {
    StringBuilder out = new StringBuilder(getClass().getSimpleName()).append('(');
    for (Query part : parts) {
      out.append(part.toString(field)).append(' ');
    }
    return out.append(')').toString();
  }
}
