package org.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.policysearch.search.Hit;
import org.policysearch.search.SearchService;

/** Translates {@code /api/similar/{chunkId}}: the passages of other documents like one passage. */
final class SimilarController {
  /** How many similar passages an answer holds unless {@code size} says otherwise. */
  static final int DEFAULT_SIZE = 10;

  private final SearchService service;
  private final Duration budget;

  SimilarController(SearchService service, Duration budget) {
    this.service = service;
    this.budget = budget;
  }

  void similar(Context ctx) throws IOException {
    String chunkId = ctx.pathParam("chunkId");
    int size = QueryParams.integer(ctx, "size", DEFAULT_SIZE);
    List<Hit> hits =
        service
            .similar(chunkId, size, budget)
            .orElseThrow(() -> new NotFoundResponse("No passage with id \"" + chunkId + "\"."));
    ctx.jsonStream(new Similar(chunkId, hits));
  }

  /**
   * The body of {@code /api/similar/{chunkId}}: the passage asked about and the passages of other
   * documents that read most like it, best first, shaped as search hits.
   */
  record Similar(String chunkId, List<Hit> hits) {}
}
