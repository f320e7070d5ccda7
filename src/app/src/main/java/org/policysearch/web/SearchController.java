package org.policysearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.policysearch.search.DateRange;
import org.policysearch.search.Facet;
import org.policysearch.search.IndexStats;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.SearchRequest;
import org.policysearch.search.SearchService;

/** Translates {@code /api/search}, {@code /api/facets} and {@code /api/health} to the service. */
final class SearchController {
  private final SearchService service;
  private final Duration budget;

  /** Answers from {@code service}, each search within {@code budget}. */
  SearchController(SearchService service, Duration budget) {
    this.service = service;
    this.budget = budget;
  }

  void search(Context ctx) throws IOException {
    ctx.jsonStream(service.search(request(ctx), budget));
  }

  /**
   * Every facet's values; {@code facet=country} only that one, {@code contains=ita} only matches.
   */
  void facets(Context ctx) throws IOException {
    ctx.jsonStream(service.facets(present(ctx.queryParam("facet")), ctx.queryParam("contains")));
  }

  private static String present(String value) {
    return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
  }

  void health(Context ctx) throws IOException {
    IndexStats stats = service.stats();
    String reason = service.degraded().orElse(null);
    ctx.jsonStream(
        new Health(
            reason == null ? "ok" : "degraded",
            stats.documents(),
            stats.chunks(),
            reason,
            service.engine(),
            service.cluster().orElse(null)));
  }

  /**
   * The body of {@code /api/health}: {@code degraded} with its {@code reason} while the index is
   * searched as of its last readable commit; which engine answers and, on SolrCloud, the state of
   * the collection's nodes and replicas.
   */
  record Health(
      String status, int documents, int chunks, String reason, String backend, String cluster) {}

  static SearchRequest request(Context ctx) {
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dimension : Facet.NAMES) {
      List<String> values =
          ctx.queryParams(dimension).stream().filter(v -> !v.isBlank()).distinct().toList();
      if (!values.isEmpty()) {
        filters.put(dimension, values);
      }
    }
    return new SearchRequest(
        ctx.queryParam("q"),
        filters,
        QueryParams.integer(ctx, "page", 1),
        QueryParams.integer(ctx, "size", 10),
        sort(ctx.queryParam("sort")),
        QueryParams.yesOrNo(ctx, "explain", false),
        QueryParams.yesOrNo(ctx, "correct", true),
        group(ctx.queryParam("group")),
        DateRange.of(ctx.queryParam("from"), ctx.queryParam("to")),
        ctx.queryParams("party").stream().filter(v -> !v.isBlank()).distinct().toList(),
        QueryParams.yesOrNo(ctx, "fold", true));
  }

  private static SearchRequest.Group group(String value) {
    if (value == null || value.isBlank()) {
      return SearchRequest.Group.PASSAGES;
    }
    return SearchRequest.Group.of(value)
        .orElseThrow(() -> new InvalidQueryException("group must be passages or document."));
  }

  private static SearchRequest.Sort sort(String value) {
    if (value == null || value.isBlank()) {
      return SearchRequest.Sort.RELEVANCE;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.Sort.RELEVANCE;
      case "date" -> SearchRequest.Sort.DATE;
      default -> throw new InvalidQueryException("sort must be relevance or date.");
    };
  }
}
