package org.policysearch;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.common.SolrException;
import org.policysearch.corpus.SourceFiles;
import org.policysearch.index.IndexLockedException;
import org.policysearch.index.ReportedSkips;
import org.policysearch.search.ResultCache;
import org.policysearch.search.SearchService;
import org.policysearch.solr.SolrCollection;
import org.policysearch.web.ApiServer;
import org.policysearch.web.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code serve}: serves the API and the page, bringing the index in line with the corpus first when
 * there is none to serve yet, else beside serving, and again after each change to the corpus.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve the web page and the JSON API, indexing what changed in the corpus: first when"
            + " there is no index yet, else while already serving the index as it is, and again"
            + " a few seconds after each change to the corpus folder.")
final class ServeCommand implements Callable<Integer> {
  @Mixin CorpusOptions folders;

  @Mixin BackendOptions backend;

  @Option(
      names = "--port",
      defaultValue = "7070",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}).")
  String host;

  @Option(
      names = "--allowed-host",
      paramLabel = "NAME",
      description =
          "A host name the server answers to besides its own address, as browsers or a reverse"
              + " proxy send it (repeatable); requests naming any other host get 421.")
  List<String> allowedHosts = new ArrayList<>();

  @Option(
      names = "--search-budget",
      paramLabel = "SECONDS",
      description =
          "How long one search may run before it is stopped and answered 503 timeout (default:"
              + " 2).")
  double searchBudget = ServerSettings.SEARCH_BUDGET.toMillis() / 1000.0;

  @Option(
      names = "--concurrent-searches",
      paramLabel = "N",
      description =
          "How many searches run at once (default: twice the cores, here ${DEFAULT-VALUE}).")
  int concurrentSearches = ServerSettings.CONCURRENT_SEARCHES;

  @Option(
      names = "--queue-wait",
      paramLabel = "SECONDS",
      description =
          "How long a search waits for its turn before it is answered 503 busy with Retry-After"
              + " (default: 1).")
  double queueWait = ServerSettings.QUEUE_WAIT.toMillis() / 1000.0;

  @Option(
      names = "--result-cache",
      paramLabel = "MB",
      description =
          "Memory for the answers to repeated searches, given again until the index changes, in"
              + " MB (default: a sixteenth of the heap, at most 16, here ${DEFAULT-VALUE}; 0:"
              + " every request is searched).")
  int resultCache = ResultCache.defaultMegabytes(Runtime.getRuntime().maxMemory());

  @Option(
      names = "--no-indexing",
      description =
          "Serve the index as it is, without reading the corpus (an index built elsewhere).")
  boolean noIndexing;

  @Option(
      names = "--no-watch",
      description =
          "Index what changed in the corpus once, at start, rather than after every change to it"
              + " while serving.")
  boolean noWatch;

  /** The server's guards as the options say. */
  ServerSettings settings() {
    return new ServerSettings(allowedHosts, ServerSettings.HEADER_DEADLINE)
        .withSearchLimits(millis(searchBudget), concurrentSearches, millis(queueWait));
  }

  private static Duration millis(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }

  @Override
  public Integer call() throws Exception {
    Engine engine = Engine.create();
    if (backend.solr()) {
      return serveCollection(engine);
    }
    // An index in the current schema is served at once: reading a large corpus to find what
    // changed takes longer than opening the index, and the background refresh opens what the
    // indexing commits. Without one, there is nothing to serve until indexing has run.
    boolean servable = engine.hasCurrentIndex(folders.index);
    if (noIndexing && !servable) {
      System.err.println(
          "No index in this version's schema at "
              + folders.index.toAbsolutePath()
              + " to serve: run index (or serve without --no-indexing) first.");
      return 1;
    }
    // Watched from before the first build, so that a file dropped in meanwhile is not missed.
    // Each skipped file is reported once while it stays as it is, not at every run after a change.
    ReportedSkips reported = new ReportedSkips();
    BackgroundIndexing indexing =
        noIndexing ? null : BackgroundIndexing.of(engine, folders, !noWatch, reported);
    if (!servable && !indexFirst(engine, reported)) {
      indexing.close();
      return 1;
    }
    // The index opens while the web server starts: each takes seconds of a cold JVM on a large
    // index, and the first request waits for the index rather than for both in turn.
    SearchService service =
        engine.searchServiceOpening(folders.index, new ResultCache(resultCache));
    return serve(service, true, indexing, servable);
  }

  /**
   * Serves {@code service} until the process is stopped, then closes it; starts {@code indexing}
   * (null: none), at once when {@code indexNow}, once the server listens and, when the service's
   * index is {@code opening}, is open; each run that changes the index refreshes {@code service}.
   */
  private int serve(
      SearchService service, boolean opening, BackgroundIndexing indexing, boolean indexNow)
      throws Exception {
    Javalin app =
        ApiServer.create(service, settings(), SourceFiles.in(folders.corpus, folders.links()))
            .start(host, port);
    if (opening) {
      try {
        service.stats(); // waits for the index to open: one that cannot fails serve as before
      } catch (IOException | RuntimeException e) {
        app.stop();
        service.close();
        throw e;
      }
    }
    System.out.printf(
        java.util.Locale.ROOT, "policy-search is serving http://%s:%d/%n", host, app.port());
    if (indexing != null) {
      indexing.start(indexNow, service);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  if (indexing != null) {
                    indexing.close();
                  }
                  app.stop();
                  try {
                    service.close();
                  } catch (Exception e) {
                    System.err.println("closing the index: " + e.getMessage());
                  }
                  stopped.countDown();
                }));
    stopped.await();
    return 0;
  }

  /**
   * Serves the Solr collection the options name, bringing it in line with the corpus (first when it
   * is empty, else beside serving) and, unless {@code --no-watch}, again after each change to the
   * corpus, as the index folder is.
   */
  private int serveCollection(Engine engine) throws Exception {
    SolrCollection collection;
    try {
      collection = backend.collection();
    } catch (IllegalArgumentException e) {
      System.err.println(backend.failed(e));
      return 1;
    }
    try (collection) {
      ReportedSkips reported = new ReportedSkips();
      BackgroundIndexing indexing =
          noIndexing
              ? null
              : BackgroundIndexing.of(
                  folders,
                  !noWatch,
                  new SolrCollectionRun(engine, folders, collection, backend, reported));
      SearchService service;
      boolean servable;
      try {
        // A collection that cannot be reached at start is told at once rather than served as a
        // failure on every page. One that holds documents is served at once, as an index folder
        // is, and brought in line with the corpus beside serving: finding what changed in a large
        // corpus takes far longer than asking the cluster. An empty one is filled first.
        service =
            new SearchService(
                collection.backend(engine.labels()), engine.labels(), new ResultCache(resultCache));
        servable = service.stats().documents() > 0;
        if (!noIndexing && !servable) {
          IndexCommand.run(engine, folders, collection, true, reported);
          service.refresh();
        }
      } catch (IllegalArgumentException | IOException | UncheckedIOException | SolrException e) {
        if (indexing != null) {
          indexing.close();
        }
        System.err.println(backend.failed(e));
        return 1;
      }
      return serve(service, false, indexing, servable);
    }
  }

  /** Indexes before serving; false when there is still nothing to serve. */
  private boolean indexFirst(Engine engine, ReportedSkips reported) throws Exception {
    try {
      IndexCommand.run(engine, folders, true, reported);
    } catch (IndexLockedException e) {
      // Searching needs no lock: what the other run has committed is served, and the background
      // refresh opens each commit it makes.
      if (!engine.hasIndex(folders.index)) {
        System.err.println(
            IndexCommand.heldBy(e) + " and has committed nothing yet: try again when it has.");
        return false;
      }
      System.out.println(IndexFolderRun.servingCommitsOf(e));
    }
    return true;
  }
}
