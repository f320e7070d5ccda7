package org.policysearch.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.policysearch.corpus.SourceFiles;
import org.policysearch.corpus.TextReader;
import org.policysearch.search.DocumentSummary;
import org.policysearch.search.DocumentView;
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

  /**
   * What a page of the corpus may do when opened from the server: nothing of its own (no script,
   * form or plug-in, as an origin of its own, so it cannot call the API as the page would), but
   * show its text with its inline styles and embedded images.
   */
  static final String SOURCE_PAGE_POLICY =
      "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:";

  private final SearchService service;
  private final SourceFiles sources;

  DocumentController(SearchService service, SourceFiles sources) {
    this.service = service;
    this.sources = sources;
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
    DocumentView view =
        service.document(id, ctx.queryParam("q"), from, size).orElseThrow(() -> unknown(id));
    ctx.jsonStream(new DocumentAnswer(view, originalOf(view.document())));
  }

  /** The link to a document's source file as it is in the corpus folder; null without one. */
  private String originalOf(DocumentSummary document) {
    return sources.find(document.file()).isPresent()
        ? "/api/documents/"
            + URLEncoder.encode(document.id(), StandardCharsets.UTF_8).replace("+", "%20")
            + "/file"
        : null;
  }

  /**
   * A document's source file as the corpus folder holds it: a PDF for the browser's viewer (which
   * opens it at the page a link's {@code #page=} names), a web page without its scripts, a text as
   * text in the character set it was read in.
   */
  void file(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    DocumentSummary document = service.summary(id).orElseThrow(() -> unknown(id));
    SourceFiles.Found found =
        sources
            .find(document.file())
            .orElseThrow(
                () ->
                    new NotFoundResponse(
                        "The source file of document \""
                            + id
                            + "\" is not in the corpus folder this server reads."));
    String name = found.path().getFileName().toString();
    ctx.header("Content-Disposition", "inline; " + fileNameParameters(name));
    ctx.header("Cache-Control", "no-cache");
    switch (found.format()) {
      case PDF -> {
        // A PDF is no page of this origin: the browser's own viewer shows it, under no policy
        // written for the page's scripts (their object-src 'none' would stand in its way).
        ctx.res().setHeader("Content-Security-Policy", null);
        // Whole, not by ranges: Javalin's ranged writer answers a range of a PDF with a 200.
        ctx.contentType("application/pdf").result(Files.newInputStream(found.path()));
      }
      case HTML -> {
        ctx.header("Content-Security-Policy", SOURCE_PAGE_POLICY);
        ctx.contentType("text/html").result(Files.readAllBytes(found.path()));
      }
      case TEXT, MARKDOWN -> {
        byte[] bytes = Files.readAllBytes(found.path());
        ctx.contentType("text/plain; charset=" + TextReader.charsetOf(bytes).name()).result(bytes);
      }
    }
  }

  /** RFC 6266's file name, in ASCII for old clients and exactly in UTF-8 for the others. */
  private static String fileNameParameters(String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String exact = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "filename=\"" + ascii + "\"; filename*=UTF-8''" + exact;
  }

  /**
   * A document view with the link to its source file ({@code original}), when the server reads the
   * corpus folder that holds it.
   */
  record DocumentAnswer(@JsonUnwrapped DocumentView view, String original) {}

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
