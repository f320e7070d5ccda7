package org.policysearch;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.lucene.util.IOUtils;
import org.policysearch.index.Indexer;
import org.policysearch.search.SearchService;
import org.policysearch.web.ApiServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code warm-up} (hidden): runs once what {@code serve} runs, on a throwaway index of a corpus, so
 * that the build can record the classes serving loads in a class data sharing archive; a JVM
 * started with that archive maps them ready-made instead of reading and verifying them from the
 * jar, a large part of the time from start to first answer.
 */
@Command(
    name = "warm-up",
    hidden = true,
    mixinStandardHelpOptions = true,
    description =
        "Index a corpus into a throwaway folder, serve it on a free port and ask it what the page"
            + " asks, then stop: the build's training run for class data sharing.")
final class WarmUpCommand implements Callable<Integer> {
  /** What the page asks a server that has just started: itself, a search, its facets. */
  private static final List<String> REQUESTS =
      List.of(
          "/",
          "/app.js",
          "/api/health",
          "/api/facets",
          "/api/search?q=agreement+cooperation",
          "/api/search?q=%22supply+chain%22&country=KR&group=document",
          "/api/documents");

  @Option(
      names = "--corpus",
      defaultValue = "corpus",
      description = "Corpus folder (default: ${DEFAULT-VALUE}).")
  Path corpus;

  @Override
  public Integer call() throws Exception {
    Path scratch = Files.createTempDirectory("policy-search-warm-up");
    try {
      Engine engine = Engine.create();
      Path index = scratch.resolve("index");
      engine.index(corpus, index, Indexer.Progress.NONE);
      try (SearchService service = engine.searchService(index)) {
        Javalin app = ApiServer.create(service).start("127.0.0.1", 0);
        try {
          ask(app.port());
        } finally {
          app.stop();
        }
      }
      return 0;
    } finally {
      IOUtils.rm(scratch);
    }
  }

  private static void ask(int port) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : REQUESTS) {
      HttpResponse<String> answer =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
              HttpResponse.BodyHandlers.ofString());
      if (answer.statusCode() != 200) {
        throw new IOException(path + " answered " + answer.statusCode());
      }
    }
  }
}
