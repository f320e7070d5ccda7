package org.policysearch.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A load counts only the 200 answers as answers, and tells its errors apart by status. */
class LoadDriverTest {

  @Test
  void errorsAreCountedByTheirStatus() throws Exception {
    Javalin server =
        Javalin.create(
                config ->
                    config.routes.get(
                        "/api/search",
                        ctx -> {
                          switch (ctx.queryParam("q")) {
                            case "busy" -> ctx.status(503).result("{\"error\":\"busy\"}");
                            case "bad" -> ctx.status(400).result("{\"error\":\"bad\"}");
                            default -> ctx.result("{}");
                          }
                        }))
            .start("127.0.0.1", 0);
    try {
      List<BenchQuery> queries =
          List.of(
              new BenchQuery("words", "fine", Map.of()),
              new BenchQuery("words", "busy", Map.of()),
              new BenchQuery("words", "busy", Map.of()),
              new BenchQuery("words", "bad", Map.of()));
      LoadDriver.Load load =
          new LoadDriver(HttpClient.newHttpClient())
              .run(
                  LoadTarget.policySearch("http://127.0.0.1:" + server.port()),
                  queries,
                  1,
                  Duration.ofMillis(300));

      long sent = load.sortedMillis().length + load.errors();
      assertTrue(sent >= 4, "one lap at least: " + sent);
      assertEquals(List.of("400", "503"), List.copyOf(load.errorKinds().keySet()));
      // One connection cycles through the list in order: twice as many busy as bad answers.
      long busy = load.errorKinds().get("503");
      long bad = load.errorKinds().get("400");
      assertTrue(busy >= 2 * bad - 1 && busy <= 2 * bad + 2, busy + " busy, " + bad + " bad");
      assertTrue(load.errorSummary().startsWith("400 \u00d7"), load.errorSummary());
      assertTrue(load.percentile(50) <= load.percentile(99));
    } finally {
      server.stop();
    }
  }

  @Test
  void percentilesAreTakenInPercent() {
    double[] sorted = new double[200];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = i + 1;
    }
    LoadDriver.Load load = new LoadDriver.Load("x", 1, sorted, new TreeMap<>(), 0, 1, 0);
    assertEquals(100, load.percentile(50));
    assertEquals(198, load.percentile(99));
    assertEquals(200, load.percentile(100));
  }
}
