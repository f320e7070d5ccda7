package org.policysearch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.Fields;
import org.policysearch.index.Indexer;
import org.policysearch.web.ServerSettings;
import picocli.CommandLine;

/** Runs {@code serve} as its own process, as a user would, and stops it with SIGTERM. */
class ServeCommandTest {
  private static final Pattern BANNER = Pattern.compile("serving (http://[^/]+/)");

  @TempDir Path tmp;

  /** What the server printed up to its banner, the address in the banner, and what follows. */
  private record Started(List<String> lines, String base, BufferedReader rest) {}

  @Test
  void serveIndexesThenAnswersAndStopsCleanlyOnSigterm() throws Exception {
    Path log = tmp.resolve("serve.log");
    Process server = serve(tmp.resolve("index"), log);
    try {
      String base = awaitBanner(server).base();
      assertEquals(
          "{\"status\":\"ok\",\"documents\":3,\"chunks\":72,\"backend\":\"lucene\"}", health(base));

      server.destroy(); // SIGTERM
      assertTrue(server.waitFor(20, TimeUnit.SECONDS), "stopped after SIGTERM");
      String errors = Files.readString(log, StandardCharsets.UTF_8);
      assertFalse(errors.contains("Exception"), errors);
    } finally {
      server.destroyForcibly();
    }
  }

  @Test
  void allowedHostIsRepeatable() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve)
        .parseArgs("--allowed-host", "search.example.org", "--allowed-host", "search.internal");
    assertEquals(List.of("search.example.org", "search.internal"), serve.settings().allowedHosts());
    assertEquals(List.of(), new ServeCommand().settings().allowedHosts());
  }

  @Test
  void searchLimitsComeFromTheOptions() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve)
        .parseArgs("--search-budget", "0.5", "--concurrent-searches", "3", "--queue-wait", "2");
    assertEquals(Duration.ofMillis(500), serve.settings().searchBudget());
    assertEquals(3, serve.settings().concurrentSearches());
    assertEquals(Duration.ofSeconds(2), serve.settings().queueWait());
    ServerSettings defaults = new ServeCommand().settings();
    assertEquals(Duration.ofSeconds(2), defaults.searchBudget());
    assertEquals(2 * Runtime.getRuntime().availableProcessors(), defaults.concurrentSearches());
    assertEquals(Duration.ofSeconds(1), defaults.queueWait());
  }

  @Test
  void serveWhileAnotherRunHoldsTheIndexServesItsCommitsWithoutIndexing() throws Exception {
    Path index = tmp.resolve("index");
    Engine.create().index(Path.of("corpus"), index, Indexer.Progress.NONE);
    Path log = tmp.resolve("serve.log");
    try (Directory dir = FSDirectory.open(index);
        IndexWriter other =
            new IndexWriter(
                dir,
                new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
                    .setCommitOnClose(false))) {
      Process server = serve(index, log);
      try {
        Started started = awaitBanner(server);
        // The index is served at once; indexing beside it finds the other run holding it.
        assertEquals(
            "Another index run holds the index at "
                + index.toAbsolutePath()
                + ": serving what it has committed, and its next commits as they land.",
            started.rest().readLine());
        assertEquals(
            "{\"status\":\"ok\",\"documents\":3,\"chunks\":72,\"backend\":\"lucene\"}",
            health(started.base()));

        // The other run commits: the server shows it without a restart.
        other.deleteDocuments(new Term(Fields.DOC_ID, "korea-italy-mou-news-a"));
        other.setLiveCommitData(Map.of(Fields.SCHEMA_KEY, Fields.SCHEMA_VERSION).entrySet());
        other.commit();
        String answer = health(started.base());
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            answer.contains("\"documents\":3") && System.nanoTime() < end; ) {
          Thread.sleep(200);
          answer = health(started.base());
        }
        assertTrue(answer.contains("\"documents\":2,"), answer);

        server.destroy();
        assertTrue(server.waitFor(20, TimeUnit.SECONDS), "stopped after SIGTERM");
        String errors = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(errors.contains("Exception"), errors);
      } finally {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void serveWhileAnotherRunBuildsAFirstIndexSaysThereIsNothingToServeYet() throws IOException {
    Path index = tmp.resolve("index");
    try (Directory dir = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(dir, new IndexWriterConfig().setCommitOnClose(false))) {
      CommandOutput run =
          CommandOutput.run("serve", "--port", "0", "--corpus", "corpus", "--index", "" + index);

      assertEquals(1, run.exitCode());
      assertEquals("", run.out());
      assertEquals(
          "Another index run holds the index at "
              + index.toAbsolutePath()
              + " and has committed nothing yet: try again when it has.\n",
          run.err());
      assertTrue(other.isOpen(), "the other run goes on");
    }
  }

  @Test
  void serveOnACurrentIndexAnswersFirstThenIndexesWhatChangedInTheCorpus() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    Files.writeString(corpus.resolve("fisheries.txt"), "Fisheries\n\nThe Parties manage stocks.\n");
    Path index = tmp.resolve("index");
    assertEquals(
        0, CommandOutput.run("index", "--corpus", "" + corpus, "--index", "" + index).exitCode());
    Files.writeString(corpus.resolve("islands.txt"), "Islands\n\nZanzibar joins the programme.\n");

    Process server = serve(corpus, index, tmp.resolve("serve.log"));
    try {
      Started started = awaitBanner(server);
      // The index as it was is served before the corpus is read.
      assertTrue(
          started.lines().stream().noneMatch(l -> l.startsWith("Indexed ")),
          started.lines().toString());
      assertEquals(1, total(started.base(), "stocks"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (total(started.base(), "zanzibar") == 0 && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      assertEquals(1, total(started.base(), "zanzibar"), "the new file is indexed beside serving");
    } finally {
      server.destroyForcibly();
    }
  }

  @Test
  void serveWithoutIndexingRefusesWhenThereIsNoIndexToServe() {
    Path index = tmp.resolve("none");
    CommandOutput run =
        CommandOutput.run(
            "serve", "--no-indexing", "--port", "0", "--corpus", "corpus", "--index", "" + index);

    assertEquals(1, run.exitCode());
    assertEquals(
        "No index in this version's schema at "
            + index.toAbsolutePath()
            + " to serve: run index (or serve without --no-indexing) first.\n",
        run.err());
  }

  private static long total(String base, String query) throws IOException, InterruptedException {
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/search?q=" + query)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, answer.statusCode(), answer.body());
    Matcher total = Pattern.compile("\"total\":(\\d+)").matcher(answer.body());
    assertTrue(total.find(), answer.body());
    return Long.parseLong(total.group(1));
  }

  private static Process serve(Path index, Path log) throws IOException {
    return serve(Path.of("corpus"), index, log);
  }

  private static Process serve(Path corpus, Path index, Path log) throws IOException {
    return new ProcessBuilder(ServeProcess.command(corpus, index))
        .redirectError(log.toFile())
        .start();
  }

  private static String health(String base) throws IOException, InterruptedException {
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode());
    return health.body();
  }

  private static Started awaitBanner(Process server) throws IOException {
    BufferedReader out =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    List<String> seen = new ArrayList<>();
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      seen.add(line);
      Matcher banner = BANNER.matcher(line);
      if (banner.find()) {
        return new Started(seen, banner.group(1), out);
      }
    }
    throw new AssertionError("no banner; output was:\n" + String.join("\n", seen));
  }
}
