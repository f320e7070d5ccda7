package org.policysearch.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A server the comparison drives over HTTP: its name in the report, its address, and how it asks
 * for the first page of a query (words, facet values ticked, counts and highlights).
 *
 * @param name {@code policy-search}, {@code policy-search-cached}, {@code policy-search-solr},
 *     {@code raw-lucene} or {@code solr}
 * @param base the server's address, without a trailing slash
 * @param pathOf the path and query string of a query's request
 */
public record LoadTarget(String name, String base, Function<BenchQuery, String> pathOf) {
  public static final String POLICY = "policy-search";

  /** policy-search keeping the answers to repeated searches ({@code --result-cache}). */
  public static final String CACHED = "policy-search-cached";

  /** policy-search's API over a SolrCloud collection, as {@code serve --backend solr} serves it. */
  public static final String CLOUD = "policy-search-solr";

  public static final String RAW = "raw-lucene";
  public static final String SOLR = "solr";

  /** The request of a query. */
  public URI uri(BenchQuery query) {
    return URI.create(base + pathOf.apply(query));
  }

  /** policy-search's {@code /api/search}, asked as the page asks for a first page. */
  public static LoadTarget policySearch(String base) {
    return policySearch(POLICY, base);
  }

  /** {@link #policySearch(String)} reported as {@code name}. */
  public static LoadTarget policySearch(String name, String base) {
    return new LoadTarget(
        name,
        base,
        q ->
            "/api/search?q="
                + encode(q.query())
                + selected(q.filters())
                + "&page=1&sort=relevance");
  }

  /** The raw-Lucene yardstick's {@code /search}. */
  public static LoadTarget rawLucene(String base) {
    return new LoadTarget(RAW, base, q -> "/search?q=" + encode(q.query()) + selected(q.filters()));
  }

  /**
   * A Solr core's {@code /select}: every word required on {@code body} (edismax, {@code q.op=AND}),
   * ticked values as tagged filters that their own facet ignores (Solr's drill-sideways), counts of
   * every facet of the registry, and one highlighted passage of {@code text} for each of the top
   * 10.
   */
  public static LoadTarget solr(String core) {
    return new LoadTarget(SOLR, core, q -> "/select?" + SolrParams.of(q));
  }

  static String selected(Map<String, List<String>> filters) {
    StringBuilder params = new StringBuilder();
    filters.forEach(
        (facet, values) ->
            values.forEach(v -> params.append('&').append(facet).append('=').append(encode(v))));
    return params.toString();
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
