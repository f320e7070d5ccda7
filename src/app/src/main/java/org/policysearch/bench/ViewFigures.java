package org.policysearch.bench;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.SearchService;

/**
 * Times the analyst's views (pairs × sectors, network, timeline) against a plain search with facets
 * on the same queries, interleaved round by round so a noisy machine slows all of them alike.
 */
public final class ViewFigures {
  /** The views, each as its API endpoint asks the service for it. */
  private static final List<String> VIEWS = List.of("search", "matrix", "network", "timeline");

  private ViewFigures() {}

  /**
   * The report section: median milliseconds of each view over the queries, and its ratio to search.
   */
  public static String run(SearchService service, List<BenchQuery> queries, int rounds)
      throws IOException {
    Latencies times = new Latencies();
    for (int round = 0; round <= rounds; round++) {
      for (BenchQuery query : queries) {
        for (String view : VIEWS) {
          long start = System.nanoTime();
          try {
            ask(service, query, view);
          } catch (InvalidQueryException e) {
            continue; // a query the engine refuses is refused by every view alike
          }
          if (round > 0) { // round 0 warms up
            times.add(view, (System.nanoTime() - start) / 1e6);
          }
        }
      }
    }
    double search = times.summary("search").median();
    StringBuilder text =
        new StringBuilder("\n## The analyst's views\n\n")
            .append("Each view and a plain search with facets (10 results) on every bench query,")
            .append(" interleaved, ")
            .append(rounds)
            .append(
                " rounds after a warm-up. The issue's budget: each view at most 2 x search.\n\n")
            .append("| view | median ms | p90 ms | x search (median) |\n|---|---|---|---|\n");
    for (String view : VIEWS) {
      Latencies.Summary s = times.summary(view);
      text.append(
          String.format(
              Locale.ROOT,
              "| %s | %.1f | %.1f | %.2f |%n",
              view,
              s.median(),
              s.p90(),
              s.median() / search));
    }
    return text.toString();
  }

  private static void ask(SearchService service, BenchQuery query, String view) throws IOException {
    switch (view) {
      case "search" -> service.search(query.request());
      case "matrix" -> service.matrix(query.request(), 10);
      case "network" -> service.network(query.request(), 100);
      case "timeline" -> service.timeline(query.request(), 500);
      default -> throw new IllegalArgumentException(view);
    }
  }
}
