package org.policysearch.solr;

import org.apache.lucene.search.Query;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.policysearch.search.QueryNode;
import org.policysearch.search.SearchBackend;
import org.policysearch.search.lucene.ShardQueries;

/**
 * {@code defType=policy}: {@code q} is a query the project's parser made (see {@link QueryNodes}),
 * turned into the Lucene query the embedded engine would run: the first pass of a tier, its
 * unscored form for counting, or the clauses that rescore the best passages ({@code policy.part});
 * of chunks or of the documents that have them ({@code policy.unit}).
 */
public final class PolicyQParserPlugin extends QParserPlugin {
  @Override
  public QParser createParser(
      String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() {
        QueryNode node = QueryNodes.decode(qstr);
        ShardQueries queries = ShardContext.queries(req.getSearcher(), params);
        SearchBackend.Tier tier =
            SearchBackend.Tier.valueOf(
                params.get(PolicyParams.TIER, SearchBackend.Tier.ALL.name()));
        String part = params.get(PolicyParams.PART, PolicyParams.FIRST_PASS);
        if (part.equals(PolicyParams.DOCUMENT_PASSAGES)) {
          return queries.documentPassages(node);
        }
        if (part.equals(PolicyParams.EXPLAINED)) {
          return queries.explained(node);
        }
        if (PolicyParams.DOCUMENTS.equals(params.get(PolicyParams.UNIT))) {
          // Grouped results are scored with every clause on every match, as in-process.
          return queries.documents(node, tier, !part.equals(PolicyParams.COUNT));
        }
        return switch (part) {
          case PolicyParams.RANKING -> queries.ranking(node);
          case PolicyParams.COUNT -> queries.passages(node, tier, false, true);
          case PolicyParams.FULL -> queries.passages(node, tier, true, true);
          default -> queries.passages(node, tier, true, false);
        };
      }
    };
  }
}
