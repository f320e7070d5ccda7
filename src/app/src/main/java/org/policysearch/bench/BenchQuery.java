package org.policysearch.bench;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policysearch.search.SearchRequest;

/**
 * One benchmark query: its kind (words, phrase, filter, ...), the search-box text and the facet
 * values selected beside it, as the page sends them.
 */
public record BenchQuery(String kind, String query, Map<String, List<String>> filters) {
  public BenchQuery {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(query);
    filters = Map.copyOf(filters);
  }

  /** A query without facet selections. */
  public static BenchQuery of(String kind, String query) {
    return new BenchQuery(kind, query, Map.of());
  }

  /** The kind whose queries are run grouped by document (the page's Documents view). */
  public static final String DOCUMENTS = "documents";

  /**
   * The request the page would send for the first page of results: 10 hits by relevance, the same
   * text folded into one, or 10 documents for the {@link #DOCUMENTS} kind.
   */
  public SearchRequest request() {
    return new SearchRequest(
            query,
            filters,
            1,
            10,
            SearchRequest.Sort.RELEVANCE,
            false,
            true,
            kind.equals(DOCUMENTS) ? SearchRequest.Group.DOCUMENT : SearchRequest.Group.PASSAGES)
        .folding(true);
  }

  /** The query as shown in the report, with its facet selections. */
  public String label() {
    StringBuilder label = new StringBuilder(query.isEmpty() ? "(no words)" : query);
    filters.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            f ->
                label
                    .append(" [")
                    .append(f.getKey())
                    .append('=')
                    .append(String.join(",", f.getValue()))
                    .append(']'));
    return label.toString();
  }
}
