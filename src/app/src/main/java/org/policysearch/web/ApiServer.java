package org.policysearch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.policysearch.corpus.SourceFiles;
import org.policysearch.search.Facet;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.SearchService;
import org.policysearch.search.SearchTimeoutException;
import org.policysearch.search.SearchUnavailableException;
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

  /** The headers of every answer, ours and Jetty's own. */
  static final Map<String, String> SECURITY_HEADERS =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "no-referrer");

  /** Bytes of request line and headers Jetty accepts: a 10,000-character query fits. */
  private static final int MAX_HEADERS = 64 * 1024;

  /** When a client may ask again after the engine could not be reached: a node's restart's time. */
  private static final long UNAVAILABLE_RETRY_AFTER_SECONDS = 5;

  /**
   * Javalin's lenient URI compliance minus {@code %uXXXX}, a non-standard escape Jetty let through
   * and a path parameter then failed to decode (a 500, a stack trace in the log): Jetty refuses it
   * as a 400 now.
   */
  private static final UriCompliance URI_COMPLIANCE =
      UriCompliance.LEGACY.without("LEGACY_WITHOUT_UTF16", UriCompliance.Violation.UTF16_ENCODINGS);

  /** Jetty's setting of its queues' padding, see {@link #padWithoutManagement()}. */
  private static final String REFERENCES_PER_CACHE_LINE =
      "org.eclipse.jetty.util.referencesPerCacheLine";

  /** A {@code %} not followed by two hexadecimal digits. */
  private static final Pattern MALFORMED_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private ApiServer() {}

  /** A configured, not yet started application answering from {@code service}. */
  public static Javalin create(SearchService service) {
    return create(service, ServerSettings.DEFAULT);
  }

  /**
   * A configured, not yet started application answering from {@code service}, guarded as {@code
   * settings} say; start it with {@link Javalin#start(String, int)}.
   */
  public static Javalin create(SearchService service, ServerSettings settings) {
    return create(service, settings, SourceFiles.NONE);
  }

  /**
   * {@link #create(SearchService, ServerSettings)}, handing out the documents' source files that
   * {@code sources} finds (a PDF opened at a passage's page).
   */
  public static Javalin create(
      SearchService service, ServerSettings settings, SourceFiles sources) {
    return create(
        service,
        settings,
        sources,
        new SearchPermits(settings.concurrentSearches(), settings.queueWait()));
  }

  /** {@link #create(SearchService, ServerSettings)}, its searches taking {@code permits}. */
  static Javalin create(SearchService service, ServerSettings settings, SearchPermits permits) {
    return create(service, settings, SourceFiles.NONE, permits);
  }

  private static Javalin create(
      SearchService service, ServerSettings settings, SourceFiles sources, SearchPermits permits) {
    padWithoutManagement();
    SearchController search = new SearchController(service, settings.searchBudget());
    DocumentController documents = new DocumentController(service, sources);
    AcronymController acronyms = new AcronymController(service);
    ExportController exports = new ExportController(service, Clock.systemUTC());
    FeedController feeds = new FeedController(service, settings.searchBudget());
    SimilarController similar = new SimilarController(service, settings.searchBudget());
    ObjectMapper mapper = jsonMapper();
    String openApi = OpenApi.document(Facet.ALL); // built once, not on every request
    Map<String, Handler> routes = new LinkedHashMap<>();
    // Searches and a document with its words marked read the index; listings are built per reader.
    routes.put("/api/search", permits.guard(search::search));
    routes.put("/api/feed.atom", permits.guard(feeds::feed));
    routes.put("/api/similar/{chunkId}", permits.guard(similar::similar));
    routes.put("/api/facets", search::facets);
    // The facets, and the other names their values go by, which the page's filter boxes match:
    // made at the first request, as the country names are read while the server starts.
    AtomicReference<Map<String, Object>> definitions = new AtomicReference<>();
    routes.put(
        "/api/facets/definitions",
        ctx ->
            ctx.jsonStream(
                definitions.updateAndGet(
                    made ->
                        made != null
                            ? made
                            : Map.of("facets", Facet.ALL, "names", service.otherNames()))));
    routes.put("/api/health", search::health);
    routes.put("/api/documents", documents::list);
    routes.put("/api/documents/{id}", permits.guard(documents::show));
    routes.put("/api/documents/{id}/outline", permits.guard(documents::outline));
    routes.put("/api/documents/{id}/find", permits.guard(documents::find));
    routes.put("/api/documents/{id}/file", documents::file);
    routes.put("/api/acronyms", acronyms::list);
    routes.put("/api/export", permits.guard(exports::export));
    AnalysisController analysis = new AnalysisController(service);
    routes.put("/api/matrix", permits.guard(analysis::matrix));
    routes.put("/api/network", permits.guard(analysis::network));
    routes.put("/api/timeline", permits.guard(analysis::timeline));
    routes.put("/api/compare", permits.guard(analysis::compare));
    routes.put("/api/cite/{chunkId}", exports::cite);
    routes.put("/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi));
    return Javalin.create(
        config -> {
          config.jsonMapper(new JsonBytes(mapper));
          guard(config, settings);
          config.http.prefer405over404 = true;
          config.staticFiles.add("/public", Location.CLASSPATH);
          config.requestLogger.http(ApiServer::log);
          config.routes.before(ApiServer::securityHeaders);
          config.routes.before("/api/*", ApiServer::wellFormedEscapes);
          // Javalin answers HEAD on a GET route with an empty 200 without running it; HEAD must
          // say what GET would (a 400 for a bad query, a 404 for an unknown document).
          routes.forEach(config.routes::get);
          routes.forEach(config.routes::head);
          errors(config);
        });
  }

  /**
   * Jetty pads its concurrent queues by the references a cache line holds, and unless told asks the
   * JVM's management server whether references are compressed: starting that server is a tenth of a
   * second of a cold start on the path to the first answer (docs/benchmarks.md). Told 16
   * (compressed, a 64-byte line), the padding is right for heaps under 32 GB and wider than needed
   * above; a value set on the command line wins.
   */
  private static void padWithoutManagement() {
    if (System.getProperty(REFERENCES_PER_CACHE_LINE) == null) {
      System.setProperty(REFERENCES_PER_CACHE_LINE, "16");
    }
  }

  /** Jetty's part: its URI rules, head size and deadline, error answers, Host check. */
  private static void guard(JavalinConfig config, ServerSettings settings) {
    HeaderDeadline deadline = new HeaderDeadline(settings.headerDeadline());
    config.jetty.modifyHttpConfiguration(
        http -> {
          // Room for a long query (the parser answers "too long" as JSON); beyond it Jetty
          // refuses the request itself, and the error handler keeps that answer JSON too.
          http.setRequestHeaderSize(MAX_HEADERS);
          http.setUriCompliance(URI_COMPLIANCE);
        });
    config.jetty.modifyServer(
        server -> {
          server.setErrorHandler(new JsonErrorHandler());
          server.insertHandler(new HostCheck(settings.allowedHosts()));
          server.insertHandler(deadline);
        });
    // Javalin's own connector, plus the deadline listening to every connection it opens; host and
    // port are read when the server starts, as Javalin#start(host, port) has set them.
    config.jetty.addConnector(
        (server, http) -> {
          ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
          connector.setHost(config.jetty.host);
          connector.setPort(config.jetty.port);
          connector.addEventListener(deadline);
          return connector;
        });
  }

  private static void errors(JavalinConfig config) {
    config.routes.exception(
        InvalidQueryException.class,
        (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    config.routes.exception(
        SearchTimeoutException.class,
        (e, ctx) -> error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "timeout", e.getMessage()));
    config.routes.exception(
        SearchUnavailableException.class,
        (e, ctx) -> {
          // The engine's state, not a fault here: one line, no stack, and a time to ask again.
          LOG.warn("{} {}: {}", ctx.method(), ctx.path(), e.getMessage());
          ctx.header("Retry-After", Long.toString(UNAVAILABLE_RETRY_AFTER_SECONDS));
          error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "unavailable", e.getMessage());
        });
    config.routes.exception(
        SearchPermits.BusyException.class,
        (e, ctx) -> {
          ctx.header("Retry-After", Long.toString(e.retryAfter()));
          error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "busy", e.getMessage());
        });
    config.routes.exception(
        HttpResponseException.class,
        (e, ctx) -> {
          if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
            // Javalin lists the route's methods in the details ("GET, HEAD"); HTTP wants them here.
            e.getDetails().values().stream().findFirst().ifPresent(m -> ctx.header("Allow", m));
          }
          error(ctx, HttpStatus.forStatus(e.getStatus()), e.getMessage());
        });
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
  }

  /** How the API writes JSON: absent values (a hit without a date) are left out, not null. */
  public static ObjectMapper jsonMapper() {
    return new ObjectMapper().setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
  }

  /**
   * The access log: method, path, status and time at INFO; the query string, which holds what an
   * analyst searched for, only at DEBUG.
   */
  private static void log(Context ctx, Float ms) {
    // In tenths of a millisecond, formatted only when the line is written: String.format was
    // about 1.5 % of a search's thread.
    long tenths = Math.round(ms * 10.0);
    LOG.info(
        "{} {} {} {}.{} ms", ctx.method(), ctx.path(), ctx.statusCode(), tenths / 10, tenths % 10);
    if (ctx.queryString() != null) {
      LOG.debug("{} {} query: {}", ctx.method(), ctx.path(), ctx.queryString());
    }
  }

  private static void securityHeaders(Context ctx) {
    SECURITY_HEADERS.forEach(ctx::header);
  }

  /**
   * Refuses a query string with a malformed escape: Javalin would drop the parameter silently, and
   * a search that ignores "country=IT%" answers a question nobody asked.
   */
  private static void wellFormedEscapes(Context ctx) {
    String query = ctx.queryString();
    if (query != null && MALFORMED_ESCAPE.matcher(query).find()) {
      throw new BadRequestResponse(
          "The address has a malformed escape: % must be followed by two hexadecimal digits"
              + " (%25 for a percent sign).");
    }
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    error(ctx, status, status.getMessage().toLowerCase(Locale.ROOT).replace(' ', '_'), message);
  }

  private static void error(Context ctx, HttpStatus status, String code, String message) {
    ctx.status(status).jsonStream(new ErrorBody(code, message));
  }
}
