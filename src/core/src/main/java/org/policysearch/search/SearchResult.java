package org.policysearch.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * The answer to a {@link SearchRequest}.
 *
 * @param total exact number of matching chunks (or documents, when grouped by document): those
 *     holding every word, then those holding some
 * @param allWordsTotal how many of them hold every word (they come first)
 * @param relaxed true when no chunk holds every word and the hits hold only some
 * @param suggestion a "did you mean" query built from the index's words, or null
 * @param correctedQuery when the query as typed found nothing (or only some of its words), or fewer
 *     than three results holding every word where its suggestion finds ten times as many, and the
 *     suggestion finds every word (and, where it replaces a word of English, the query has another
 *     word): the suggestion whose results these are; otherwise null
 * @param unquoted when the query asks for a phrase and finds nothing: the same words searched
 *     without its quotes, and what they find (a client offers them); otherwise null
 * @param facets per facet, its values with drill-sideways counts
 * @param queryFilters the facet filters typed in the query ({@code country:Italy}), which select
 *     their values as ticking the boxes does and are counted among the facets' selected values
 * @param group {@code passages} or {@code document}: the unit of {@code total}, the facet counts
 *     and the paging
 * @param documents when grouped by document, the page's documents with their best passages (then
 *     {@code hits} is empty); null for passages
 * @param folded how many passages ranked up to this page's end read the same as a better one and
 *     are folded into it (each hit's {@code sameText} lists those folded into it): they count in
 *     {@code total} but take no place on a page, so a client pages through {@code total - folded}
 *     results at most
 * @param readAs how the query was read otherwise than typed (a quote or parenthesis not closed, a
 *     lone operator ignored, a prefix too short to be one), each a sentence; empty when it read as
 *     typed
 */
public record SearchResult(
    String query,
    long total,
    long allWordsTotal,
    int page,
    int size,
    long tookMs,
    boolean relaxed,
    String suggestion,
    String correctedQuery,
    Unquoted unquoted,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    List<QueryFilter> queryFilters,
    String group,
    List<DocumentHit> documents,
    int folded,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> readAs) {

  public SearchResult {
    queryFilters = List.copyOf(queryFilters);
    readAs = readAs == null ? List.of() : List.copyOf(readAs);
    documents = documents == null ? null : List.copyOf(documents);
  }

  /** This answer as given again after {@code ms} milliseconds (from a cache). */
  public SearchResult took(long ms) {
    return new SearchResult(
        query,
        total,
        allWordsTotal,
        page,
        size,
        ms,
        relaxed,
        suggestion,
        correctedQuery,
        unquoted,
        hits,
        facets,
        queryFilters,
        group,
        documents,
        folded,
        readAs);
  }

  /**
   * A query's words without the quotes of its phrases, with the same filters.
   *
   * @param query the query as the user would type it ({@code critical minerals})
   * @param total how many results it finds
   * @param allWordsTotal how many of them hold every word
   */
  public record Unquoted(String query, long total, long allWordsTotal) {}

  /**
   * A facet filter typed in the query.
   *
   * @param facet the facet ({@code country})
   * @param value the value it selects, as a code ({@code IT})
   * @param typed the filter as written in the query ({@code country:Italy}), so that a client can
   *     take it out of the query when the value is unticked
   */
  public record QueryFilter(String facet, String value, String typed) {}
}
