package org.policysearch.bench;

import java.util.List;
import java.util.Map;
import org.policysearch.index.FacetRegistry;

/**
 * The Solr request that does the work of policy-search's first page: the same chunks, the same
 * analysis of {@code body} (the field type in {@code src/bench/solr}), every facet of the registry
 * counted with ticked values excluded from their own count, one highlighted passage per hit.
 */
final class SolrParams {
  private SolrParams() {}

  /** The query string of {@code query}'s {@code /select} request. */
  static String of(BenchQuery query) {
    StringBuilder p = new StringBuilder();
    p.append("q=").append(LoadTarget.encode(query.query()));
    p.append("&defType=edismax&q.op=AND&qf=body&rows=10&fl=chunk_id,doc_id,title,date,score");
    p.append("&facet=true&facet.limit=-1&facet.mincount=1");
    for (String facet : FacetRegistry.NAMES) {
      p.append("&facet.field=").append(LoadTarget.encode("{!ex=" + facet + "}" + facet));
    }
    for (Map.Entry<String, List<String>> selected : query.filters().entrySet()) {
      String facet = selected.getKey();
      String values =
          String.join(
              " OR ",
              selected.getValue().stream().map(v -> "\"" + v.replace("\"", "") + "\"").toList());
      p.append("&fq=")
          .append(LoadTarget.encode("{!tag=" + facet + "}" + facet + ":(" + values + ")"));
    }
    p.append("&hl=true&hl.method=unified&hl.fl=text&hl.snippets=1&hl.requireFieldMatch=false");
    p.append("&wt=json");
    return p.toString();
  }
}
