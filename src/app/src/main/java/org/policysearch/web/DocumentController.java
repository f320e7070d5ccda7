package org.policysearch.web;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import org.policysearch.search.SearchService;

/** Translates {@code /api/documents}, {@code /api/documents/{id}} and its parts to the service. */
final class DocumentController {
  /** The chunks a document answer holds unless asked for fewer: a long report's first pages. */
  static final int DEFAULT_SIZE = 200;

  /**
   * The most chunks one answer holds, so that what a request costs does not grow with the document:
   * the page asks for more as the reader scrolls.
   */
  static final int MAX_SIZE = 500;

  private final SearchService service;

  DocumentController(SearchService service) {
    this.service = service;
  }

  void list(Context ctx) throws IOException {
    ctx.jsonStream(service.documents());
  }

  void show(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    int from = QueryParams.integer(ctx, "from", 0);
    int size = QueryParams.integer(ctx, "size", DEFAULT_SIZE);
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequestResponse("size must be between 1 and " + MAX_SIZE + ".");
    }
    ctx.jsonStream(
        service
            .document(id, ctx.queryParam("q"), from, size)
            .orElseThrow(() -> new NotFoundResponse("No document with id \"" + id + "\".")));
  }

  void outline(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.jsonStream(service.outline(id).orElseThrow(() -> unknown(id)));
  }

  void find(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.jsonStream(service.find(id, ctx.queryParam("q")).orElseThrow(() -> unknown(id)));
  }

  private static NotFoundResponse unknown(String id) {
    return new NotFoundResponse("No document with id \"" + id + "\".");
  }
}
