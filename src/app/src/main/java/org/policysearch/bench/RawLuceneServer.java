package org.policysearch.bench;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policysearch.index.FacetRegistry;

/**
 * The minimal Javalin handler in front of {@link RawLuceneSearch}: {@code GET /search?q=words} with
 * facet values as repeated parameters ({@code country=KR}), answered as JSON by Javalin's Jackson
 * mapper. No access log, no security headers, no static files: the least a server can do.
 */
public final class RawLuceneServer {
  private RawLuceneServer() {}

  /** A configured, not yet started application answering from {@code search}. */
  public static Javalin create(RawLuceneSearch search) {
    return Javalin.create(config -> config.routes.get("/search", ctx -> search(search, ctx)));
  }

  private static void search(RawLuceneSearch search, Context ctx) throws IOException {
    Map<String, List<String>> selected = new LinkedHashMap<>();
    for (String dimension : FacetRegistry.NAMES) {
      List<String> values = ctx.queryParams(dimension);
      if (!values.isEmpty()) {
        selected.put(dimension, values);
      }
    }
    String q = ctx.queryParam("q");
    ctx.json(search.search(q == null ? "" : q, selected));
  }
}
