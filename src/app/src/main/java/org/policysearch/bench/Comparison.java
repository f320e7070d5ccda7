package org.policysearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policysearch.search.SearchService;
import org.policysearch.web.ApiServer;

/**
 * The side-by-side comparison of the {@code bench --compare} option: policy-search's real API
 * server, the raw-Lucene yardstick and (when given) a Solr core, on the same index's chunks and the
 * same queries, driven over HTTP in interleaved rounds at each concurrency.
 */
public final class Comparison {
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * What to compare and how long.
   *
   * @param solrCore the address of a Solr core holding the exported chunks, or null for none
   * @param concurrency the numbers of connections, each measured in every round
   * @param seconds how long each load lasts
   * @param rounds measured rounds, each over every concurrency and every server
   * @param sampled how many two-word queries to sample from the index, beside the bench's own
   * @param warmUpSeconds how long each server is loaded at the highest concurrency before the
   *     rounds, unmeasured
   */
  public record Settings(
      String solrCore,
      List<Integer> concurrency,
      int seconds,
      int rounds,
      int sampled,
      int warmUpSeconds) {}

  /**
   * How many queries a server counted as many all-word hits for as the raw yardstick did, and the
   * first few that differ ({@code query: theirs vs raw}).
   */
  public record Agreement(
      String target, int same, int queries, long totalHits, List<String> differing) {}

  /** Everything one comparison measured. */
  public record Figures(
      Settings settings,
      List<BenchQuery> queries,
      List<Agreement> agreements,
      List<List<LoadDriver.Load>> rounds) {}

  private final Settings settings;
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  public Comparison(Settings settings) {
    this.settings = settings;
  }

  /**
   * Serves the index at {@code indexDir} with {@code service}, and each of {@code alongside} too,
   * by its name in the report (the same search keeping the answers to repeated searches, {@link
   * LoadTarget#CACHED}; the same search over a SolrCloud collection of the same corpus, {@link
   * LoadTarget#CLOUD}), and the yardstick, and measures.
   */
  public Figures run(
      SearchService service,
      Map<String, SearchService> alongside,
      Path indexDir,
      List<BenchQuery> list)
      throws IOException, InterruptedException {
    List<BenchQuery> queries = ComparisonQueries.of(list, indexDir, settings.sampled(), 11);
    Javalin ours = ApiServer.create(service).start("127.0.0.1", 0);
    Map<String, Javalin> others = new LinkedHashMap<>();
    alongside.forEach(
        (name, other) -> others.put(name, ApiServer.create(other).start("127.0.0.1", 0)));
    try (RawLuceneSearch raw = new RawLuceneSearch(indexDir)) {
      Javalin yardstick = RawLuceneServer.create(raw).start("127.0.0.1", 0);
      try {
        List<LoadTarget> targets = new ArrayList<>();
        targets.add(LoadTarget.policySearch("http://127.0.0.1:" + ours.port()));
        targets.add(LoadTarget.rawLucene("http://127.0.0.1:" + yardstick.port()));
        others.forEach(
            (name, server) ->
                targets.add(LoadTarget.policySearch(name, "http://127.0.0.1:" + server.port())));
        if (settings.solrCore() != null) {
          targets.add(LoadTarget.solr(settings.solrCore()));
        }
        List<Agreement> agreements = agreements(targets, queries); // also the first warm-up
        LoadDriver driver = new LoadDriver(client);
        int most = settings.concurrency().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (LoadTarget target : targets) {
          driver.run(target, queries, most, Duration.ofSeconds(settings.warmUpSeconds()));
        }
        List<List<LoadDriver.Load>> rounds = new ArrayList<>();
        for (int round = 0; round < settings.rounds(); round++) {
          List<LoadDriver.Load> loads = new ArrayList<>();
          for (int c : settings.concurrency()) {
            // Each round starts with another server, so none is always first after a pause.
            for (int t = 0; t < targets.size(); t++) {
              LoadTarget target = targets.get((t + round) % targets.size());
              loads.add(driver.run(target, queries, c, Duration.ofSeconds(settings.seconds())));
            }
          }
          rounds.add(loads);
        }
        return new Figures(settings, queries, agreements, rounds);
      } finally {
        yardstick.stop();
        ours.stop();
        others.values().forEach(Javalin::stop);
      }
    }
  }

  /**
   * Asks every server every query once, and compares how many chunks each found holding every word
   * with the yardstick's count: the check that the servers do the same work.
   */
  private List<Agreement> agreements(List<LoadTarget> targets, List<BenchQuery> queries)
      throws IOException, InterruptedException {
    Map<String, long[]> totals = new LinkedHashMap<>();
    for (LoadTarget target : targets) {
      long[] counted = new long[queries.size()];
      for (int i = 0; i < queries.size(); i++) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(target.uri(queries.get(i))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        counted[i] = response.statusCode() == 200 ? allWords(target, response.body()) : -1;
      }
      totals.put(target.name(), counted);
    }
    long[] yardstick = totals.get(LoadTarget.RAW);
    List<Agreement> agreements = new ArrayList<>();
    totals.forEach(
        (name, counted) -> {
          int same = 0;
          long sum = 0;
          List<String> differing = new ArrayList<>();
          for (int i = 0; i < counted.length; i++) {
            same += counted[i] == yardstick[i] ? 1 : 0;
            sum += Math.max(0, counted[i]);
            if (counted[i] != yardstick[i] && differing.size() < 8) {
              differing.add(queries.get(i).label() + ": " + counted[i] + " vs " + yardstick[i]);
            }
          }
          agreements.add(new Agreement(name, same, counted.length, sum, differing));
        });
    return agreements;
  }

  private static long allWords(LoadTarget target, String body) throws IOException {
    JsonNode answer = JSON.readTree(body);
    return switch (target.name()) {
      case LoadTarget.POLICY, LoadTarget.CACHED, LoadTarget.CLOUD ->
          answer.path("allWordsTotal").asLong(-1);
      case LoadTarget.SOLR -> answer.path("response").path("numFound").asLong(-1);
      default -> answer.path("total").asLong(-1);
    };
  }
}
