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
import org.policysearch.structure.Chunk;

/**
 * Times the analyst's views (pairs × sectors, network, timeline, the same clause across agreements,
 * a result opened in its document) against a plain search with facets on the same queries,
 * interleaved round by round so a noisy machine slows all of them alike.
 */
public final class ViewFigures {
  /** The views, each as its API endpoint asks the service for it. */
  private static final List<String> VIEWS =
      List.of("search", "matrix", "network", "timeline", "compare", "open");

  /** How many chunks the page asks for when it opens a document (its {@code DOCUMENT_PAGE}). */
  private static final int DOCUMENT_PAGE = 200;

  /** How many agreements a passage is compared with, as many as the page lets a reader tick. */
  private static final int COMPARED = 3;

  /**
   * What the compare view is asked for a query: its first passage beside the documents of the next
   * results, as a reader ticks them on the page.
   */
  private record Compared(String chunkId, List<String> documentIds) {}

  /**
   * What the page asks for when a reader opens the query's first result: the page of the document's
   * chunks that holds the passage, the query's words marked, and the document's outline.
   */
  private record Opened(String documentId, int from) {}

  private ViewFigures() {}

  /**
   * The report section: median milliseconds of each view over the queries, and its ratio to search.
   */
  public static String run(SearchService service, List<BenchQuery> queries, int rounds)
      throws IOException {
    Map<BenchQuery, Compared> compared = new HashMap<>();
    Map<BenchQuery, Opened> opened = new HashMap<>();
    for (BenchQuery query : queries) {
      try {
        List<Hit> hits = service.search(query.request()).hits();
        compared(hits).ifPresent(c -> compared.put(query, c));
        opened(hits).ifPresent(o -> opened.put(query, o));
      } catch (InvalidQueryException e) {
        // refused by every view alike, below
      }
    }
    Latencies times = new Latencies();
    for (int round = 0; round <= rounds; round++) {
      for (BenchQuery query : queries) {
        for (String view : VIEWS) {
          if (view.equals("compare") && !compared.containsKey(query)
              || view.equals("open") && !opened.containsKey(query)) {
            continue; // no passage to open, or no other document to compare it with
          }
          long start = System.nanoTime();
          try {
            ask(service, query, view, compared.get(query), opened.get(query));
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
            .append(" of the queries have one). open: the first result's document as the page")
            .append(" opens it, the ")
            .append(DOCUMENT_PAGE)
            .append(" chunks around the passage with the query's words marked, and its outline (")
            .append(opened.size())
            .append(" of the queries have a result).\n\n")
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

  private static Optional<Opened> opened(List<Hit> hits) {
    if (hits.isEmpty()) {
      return Optional.empty();
    }
    Hit first = hits.get(0);
    // As the page reads a chunk id: an id without an ordinal opens the start.
    int ordinal = Math.max(0, Chunk.ordinalOf(first.chunkId()));
    return Optional.of(new Opened(first.documentId(), ordinal / DOCUMENT_PAGE * DOCUMENT_PAGE));
  }

  private static Optional<Compared> compared(List<Hit> hits) {
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

  private static void ask(
      SearchService service, BenchQuery query, String view, Compared compared, Opened opened)
      throws IOException {
    switch (view) {
      case "search" -> service.search(query.request());
      case "matrix" -> service.matrix(query.request(), 10);
      case "network" -> service.network(query.request(), 100);
      case "timeline" -> service.timeline(query.request(), 500);
      case "compare" -> service.compare(compared.chunkId(), compared.documentIds());
      case "open" -> {
        service.document(opened.documentId(), query.query(), opened.from(), DOCUMENT_PAGE);
        service.outline(opened.documentId());
      }
      default -> throw new IllegalArgumentException(view);
    }
  }
}
