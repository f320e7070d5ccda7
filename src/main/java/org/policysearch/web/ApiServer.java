package org.policysearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Locale;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Javalin application: API routes, the static page, error answers and the access log. */
public final class ApiServer {
  private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

  /** Scripts and styles only from our own origin: no inline script can run, injected or not. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self';"
          + " frame-ancestors 'none'";

  /** Bytes of request line and headers Jetty accepts: a 10,000-character query fits. */
  private static final int MAX_HEADERS = 64 * 1024;

  private ApiServer() {}

  /** A configured, not yet started application answering from {@code service}. */
  public static Javalin create(SearchService service) {
    SearchController search = new SearchController(service);
    DocumentController documents = new DocumentController(service);
    AcronymController acronyms = new AcronymController(service);
    ObjectMapper mapper = jsonMapper();
    String openApi = OpenApi.document(); // read once, not on every request
    return Javalin.create(
        config -> {
          config.jsonMapper(new JavalinJackson(mapper, false));
          // Room for a long query (the parser answers "too long" as JSON); beyond it Jetty
          // refuses the request itself, and the error handler keeps that answer JSON too.
          config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(MAX_HEADERS));
          config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
          config.http.prefer405over404 = true;
          config.staticFiles.add("/public", Location.CLASSPATH);
          config.requestLogger.http(
              (ctx, ms) ->
                  LOG.info(
                      String.format(
                          Locale.ROOT,
                          "%s %s %d %.1f ms",
                          ctx.method(),
                          ctx.fullUrl(),
                          ctx.statusCode(),
                          ms)));
          config.routes.before(ctx -> securityHeaders(ctx));
          config.routes.get("/api/search", search::search);
          config.routes.get("/api/facets", search::facets);
          config.routes.get("/api/health", search::health);
          config.routes.get("/api/documents", documents::list);
          config.routes.get("/api/documents/{id}", documents::show);
          config.routes.get("/api/acronyms", acronyms::list);
          config.routes.get(
              "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
          config.routes.exception(
              InvalidQueryException.class,
              (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
          config.routes.exception(
              HttpResponseException.class,
              (e, ctx) -> error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage()));
          config.routes.exception(
              Exception.class,
              (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
              });
          config.routes.error(
              404,
              ctx -> {
                if (ctx.path().startsWith("/api/") && ctx.result() == null) {
                  error(ctx, HttpStatus.NOT_FOUND, "No such endpoint: " + ctx.path());
                }
              });
        });
  }

  /** How the API writes JSON: absent values (a hit without a date) are left out, not null. */
  public static ObjectMapper jsonMapper() {
    return new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    String code = status.getMessage().toLowerCase(Locale.ROOT).replace(' ', '_');
    ctx.status(status).json(new ErrorBody(code, message));
  }
}
