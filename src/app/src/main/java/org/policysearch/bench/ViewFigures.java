package org.policysearch.bench;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.policysearch.search.Hit;
import org.policysearch.search.InvalidQueryException;
import org.policysearch.search.SearchService;

/**
 * Times the analyst's views (pairs × sectors, network, timeline, the same clause across agreements)
 * against a plain search with facets on the same queries, interleaved round by round so a noisy
 * machine slows all of them alike.
 */
public final class ViewFigures {
  /** The views, each as its API endpoint asks the service for it. */
  private static final List<String> VIEWS =
      List.of("search", "matrix", "network", "timeline", "compare");

  /** How many agreements a passage is compared with, as many as the page lets a reader tick. */
  private static final int COMPARED = 3;

  /**
   * What the compare view is asked for a query: its first passage beside the documents of the next
   * results, as a reader ticks them on the page.
   */
  private record Compared(String chunkId, List<String> documentIds) {}

  private ViewFigures() {}

  /**
   * The report section: median milliseconds of each view over the queries, and its ratio to search.
   */
  public static String run(SearchService service, List<BenchQuery> queries, int rounds)
      throws IOException {
    Map<BenchQuery, Compared> compared = new HashMap<>();
    for (BenchQuery query : queries) {
      try {
        compared(service, query).ifPresent(c -> compared.put(query, c));
      } catch (InvalidQueryException e) {
        // refused by every view alike, below
      }
    }
    Latencies times = new Latencies();
    for (int round = 0; round <= rounds; round++) {
      for (BenchQuery query : queries) {
        for (String view : VIEWS) {
          if (view.equals("compare") && !compared.containsKey(query)) {
            continue; // no passage, or no other document to compare it with
          }
          long start = System.nanoTime();
          try {
            ask(service, query, view, compared.get(query));
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
            .append(" rounds after a warm-up. The issue's budget: each view at most 2 x search.")
            .append(" compare: the query's first passage beside up to ")
            .append(COMPARED)
            .append(" other documents of its first 10 results, as a reader ticks them (")
            .append(compared.size())
            .append(" of the queries have one).\n\n")
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

  private static Optional<Compared> compared(SearchService service, BenchQuery query)
      throws IOException {
    List<Hit> hits = service.search(query.request()).hits();
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    Hit first = hits.get(0);
    List<String> others =
        hits.stream()
            .map(Hit::documentId)
            .filter(id -> !id.equals(first.documentId()))
            .distinct()
            .limit(COMPARED)
            .toList();
    return others.isEmpty() ? Optional.empty() : Optional.of(new Compared(first.chunkId(), others));
  }

  private static void ask(SearchService service, BenchQuery query, String view, Compared compared)
      throws IOException {
    switch (view) {
      case "search" -> service.search(query.request());
      case "matrix" -> service.matrix(query.request(), 10);
      case "network" -> service.network(query.request(), 100);
      case "timeline" -> service.timeline(query.request(), 500);
      case "compare" -> service.compare(compared.chunkId(), compared.documentIds());
      default -> throw new IllegalArgumentException(view);
    }
  }
}
