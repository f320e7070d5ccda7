package org.policysearch.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Known-item figures: for each agreement, where its document comes among the documents a ranker
 * returns for the agreement's remembered query; MRR@10, Success@1 and Success@10 per ranker.
 */
public final class KnownItemEvaluation {
  static final int DEPTH = 10;

  /** Where one ranker put one item's document: its 1-based rank, 0 when not in the top 10. */
  public record Result(String system, KnownItem item, int rank, List<String> top) {}

  /** The means over all items of one ranker. */
  public record Scores(int queries, double mrr10, double success1, double success10) {}

  private final List<Result> results;

  private KnownItemEvaluation(List<Result> results) {
    this.results = List.copyOf(results);
  }

  /** Ranks every item's query with every ranker. */
  public static KnownItemEvaluation run(List<KnownItem> items, List<DocumentRanker> rankers)
      throws IOException {
    List<Result> results = new ArrayList<>();
    for (DocumentRanker ranker : rankers) {
      for (KnownItem item : items) {
        List<String> top = ranker.rankDocuments(item.query(), DEPTH);
        results.add(new Result(ranker.name(), item, rankOf(item.documentId(), top), top));
      }
    }
    return new KnownItemEvaluation(results);
  }

  /** The 1-based rank of {@code documentId} in the first 10 of {@code ranking}, else 0. */
  static int rankOf(String documentId, List<String> ranking) {
    int at = ranking.subList(0, Math.min(DEPTH, ranking.size())).indexOf(documentId);
    return at + 1;
  }

  /** The means of each ranker, in the order they ran. */
  public Map<String, Scores> scores() {
    Map<String, List<Integer>> ranks = new LinkedHashMap<>();
    for (Result r : results) {
      ranks.computeIfAbsent(r.system(), s -> new ArrayList<>()).add(r.rank());
    }
    Map<String, Scores> scores = new LinkedHashMap<>();
    ranks.forEach((system, list) -> scores.put(system, scoresOf(list)));
    return scores;
  }

  /** MRR@10, Success@1 and Success@10 of some ranks (0 = not in the top 10). */
  static Scores scoresOf(List<Integer> ranks) {
    if (ranks.isEmpty()) {
      return new Scores(0, 0, 0, 0);
    }
    double reciprocal = ranks.stream().mapToDouble(r -> r == 0 ? 0 : 1.0 / r).sum();
    long first = ranks.stream().filter(r -> r == 1).count();
    long top10 = ranks.stream().filter(r -> r > 0).count();
    int n = ranks.size();
    return new Scores(n, reciprocal / n, (double) first / n, (double) top10 / n);
  }

  /** A table: one row per ranker. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT, "%-8s %7s %7s %7s %7s%n", "system", "queries", "MRR@10", "S@1", "S@10"));
    scores()
        .forEach(
            (system, s) ->
                out.append(
                    String.format(
                        Locale.ROOT,
                        "%-8s %7d %7.4f %7.4f %7.4f%n",
                        system,
                        s.queries(),
                        s.mrr10(),
                        s.success1(),
                        s.success10())));
    return out.toString();
  }

  /** One tab-separated line per ranker and item: system, document, rank, query, top document. */
  public List<String> details() {
    List<String> lines = new ArrayList<>();
    lines.add("# system\tdocument\trank (0 = not in top 10)\tquery\ttop document");
    for (Result r : results) {
      String top = r.top().isEmpty() ? "-" : r.top().get(0);
      lines.add(
          String.join(
              "\t",
              r.system(),
              r.item().documentId(),
              Integer.toString(r.rank()),
              r.item().query(),
              top));
    }
    return lines;
  }
}
