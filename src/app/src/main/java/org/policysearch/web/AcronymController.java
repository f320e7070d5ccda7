package org.policysearch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import org.policysearch.acronyms.AcronymTable;
import org.policysearch.search.SearchService;

/** Translates {@code /api/acronyms} to the service. */
final class AcronymController {
  private final SearchService service;

  AcronymController(SearchService service) {
    this.service = service;
  }

  void list(Context ctx) throws IOException {
    ctx.jsonStream(new Acronyms(service.acronyms().entries()));
  }

  /** The body of {@code /api/acronyms}: every acronym the corpus defines, by acronym. */
  record Acronyms(List<AcronymTable.Entry> acronyms) {}
}
