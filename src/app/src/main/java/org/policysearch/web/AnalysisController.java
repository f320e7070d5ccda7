package org.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.util.List;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.SearchService;

/**
 * Translates the analyst's views of a search: {@code /api/matrix} (country pairs × sectors), {@code
 * /api/network} (parties and the documents between them) and {@code /api/timeline} (documents by
 * date), each taking the parameters of {@code /api/search}.
 */
final class AnalysisController {
  static final int MAX_ROWS = 50;
  static final int MAX_EDGES = 500;
  static final int MAX_TIMELINE = 2_000;

  private final SearchService service;

  AnalysisController(SearchService service) {
    this.service = service;
  }

  void matrix(Context ctx) throws IOException {
    int rows = bounded(ctx, "rows", 10, MAX_ROWS);
    ctx.jsonStream(service.matrix(SearchController.request(ctx), rows));
  }

  void network(Context ctx) throws IOException {
    int edges = bounded(ctx, "edges", 100, MAX_EDGES);
    ctx.jsonStream(service.network(SearchController.request(ctx), edges));
  }

  void timeline(Context ctx) throws IOException {
    int limit = bounded(ctx, "limit", 500, MAX_TIMELINE);
    ctx.jsonStream(service.timeline(SearchController.request(ctx), limit));
  }

  void compare(Context ctx) throws IOException {
    String chunk = ctx.queryParam("chunk");
    if (chunk == null || chunk.isBlank()) {
      throw new InvalidQueryException("chunk names the passage to compare: us-rok-deal:12.");
    }
    String documents = ctx.queryParam("documents");
    ctx.jsonStream(
        service
            // -1: a trailing comma leaves an empty name, which the service refuses, as it does
            // ",,".
            .compare(
                chunk.strip(), documents == null ? List.of() : List.of(documents.split(",", -1)))
            .orElseThrow(() -> new NotFoundResponse("No passage with id \"" + chunk + "\".")));
  }

  private static int bounded(Context ctx, String name, int fallback, int max) {
    int value = QueryParams.integer(ctx, name, fallback);
    if (value < 1 || value > max) {
      throw new InvalidQueryException(name + " must be between 1 and " + max + ".");
    }
    return value;
  }
}
