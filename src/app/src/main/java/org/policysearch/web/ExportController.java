package org.policysearch.web;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.policysearch.search.ExportRow;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.SearchService;

/** Translates {@code /api/export} (a result set as a file) and {@code /api/cite/{chunkId}}. */
final class ExportController {
  /** The most rows one export holds; a search with more is refused with a 400 naming both. */
  static final int MAX_ROWS = SearchService.EXPORT_MAX;

  private final SearchService service;
  private final Clock clock;

  ExportController(SearchService service, Clock clock) {
    this.service = service;
    this.clock = clock;
  }

  /**
   * Streams every result of the search the parameters describe (as {@code /api/search} reads them,
   * page and size aside) as a file in {@code format}, best first.
   */
  void export(Context ctx) throws IOException {
    ExportFormat format = ExportFormat.of(ctx.queryParam("format"));
    // Without a limit, the whole result set or a 400 saying how large it is; with one, the best.
    boolean whole = ctx.queryParam("limit") == null || ctx.queryParam("limit").isBlank();
    int limit = QueryParams.integer(ctx, "limit", MAX_ROWS);
    if (limit < 1 || limit > MAX_ROWS) {
      throw new InvalidQueryException("limit must be between 1 and " + MAX_ROWS + ".");
    }
    UnaryOperator<String> absolute = absolute(ctx);
    // The file starts with the first row: a search refused before it (too many results, a bad
    // query) still answers a JSON error, not a download.
    RowWriter[] writer = new RowWriter[1];
    try {
      service.export(
          SearchController.request(ctx),
          limit,
          whole,
          row -> {
            try {
              if (writer[0] == null) {
                writer[0] = start(ctx, format, absolute);
              }
              writer[0].write(row);
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      if (writer[0] == null) {
        writer[0] = start(ctx, format, absolute);
      }
      writer[0].close();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static RowWriter start(Context ctx, ExportFormat format, UnaryOperator<String> absolute)
      throws IOException {
    ctx.contentType(format.contentType());
    ctx.header(
        "Content-Disposition",
        "attachment; filename=\"policy-search-export." + format.extension() + "\"");
    return format.writer(ctx.outputStream(), absolute);
  }

  /** A passage's citation in plain text, BibTeX and RIS, with its absolute permalink. */
  void cite(Context ctx) throws IOException {
    String chunkId = ctx.pathParam("chunkId");
    ExportRow row =
        service
            .passage(chunkId)
            .orElseThrow(() -> new NotFoundResponse("No passage with id \"" + chunkId + "\"."));
    String permalink = absolute(ctx).apply(row.permalink());
    Map<String, String> citation = new LinkedHashMap<>();
    citation.put("permalink", permalink);
    citation.put("text", PlainCitation.of(row, permalink, LocalDate.now(clock)));
    citation.put("bibtex", BibTexRows.entry(row, permalink));
    citation.put("ris", RisRows.record(row, permalink));
    ctx.jsonStream(citation);
  }

  /** Makes the site's relative addresses absolute, on the host the request came to. */
  private static UnaryOperator<String> absolute(Context ctx) {
    String base = ctx.scheme() + "://" + ctx.host();
    return path -> path == null ? null : base + path;
  }
}
