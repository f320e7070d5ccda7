package org.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import org.policysearch.search.SearchService;

/** Translates {@code /api/documents} and {@code /api/documents/{id}} to the service. */
final class DocumentController {
  private final SearchService service;

  DocumentController(SearchService service) {
    this.service = service;
  }

  void list(Context ctx) throws IOException {
    ctx.json(service.documents());
  }

  void show(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    ctx.json(
        service
            .document(id, ctx.queryParam("q"))
            .orElseThrow(() -> new NotFoundResponse("No document with id \"" + id + "\".")));
  }
}
