package org.policysearch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * The four ranking figures of one query (or their means over many).
 *
 * <p>nDCG@10 uses gain {@code 2^grade − 1} and discount {@code log2(rank + 1)}, ideal ranking from
 * all judged chunks; MRR@10, Recall@10 (of all relevant chunks, as trec_eval's {@code recall_10})
 * and P@5 count grade ≥ 1 as relevant. A query without any relevant chunk scores 0 everywhere (it
 * is a mistake in the judged set, not a free point).
 */
public record RankingScores(double ndcg10, double mrr10, double recall10, double precision5) {
  static final int DEPTH = 10;
  static final int PRECISION_DEPTH = 5;

  /** The figures of {@code ranking} (chunk ids, best first) judged by {@code grades}. */
  public static RankingScores of(List<String> ranking, Map<String, Integer> grades) {
    List<Integer> ranked =
        ranking.stream().limit(DEPTH).map(id -> grades.getOrDefault(id, 0)).toList();
    return of(ranked, List.copyOf(grades.values()));
  }

  /**
   * The figures of {@code ranking} with each text counted once, {@code same} telling whether two
   * chunks count as one text: a chunk that counts as one ranked above it gains nothing (the reader
   * has read it), and the ideal ranking and the relevant count take each judged text once, at the
   * best grade of its copies (the best first, each copy joining the first text it counts as). What
   * a page that folds the same text into one hit is measured by; a page listing every copy is
   * measured the same way, its repeats counting for nothing.
   */
  public static RankingScores ofTexts(
      List<String> ranking, Map<String, Integer> grades, BiPredicate<String, String> same) {
    List<String> read = new ArrayList<>();
    List<Integer> ranked = new ArrayList<>();
    for (String id : ranking.subList(0, Math.min(DEPTH, ranking.size()))) {
      boolean repeat = read.stream().anyMatch(other -> same.test(other, id));
      ranked.add(repeat ? 0 : grades.getOrDefault(id, 0));
      read.add(id);
    }
    List<String> judged =
        grades.entrySet().stream()
            .filter(e -> e.getValue() > 0)
            .sorted(
                Map.Entry.<String, Integer>comparingByValue()
                    .reversed()
                    .thenComparing(Map.Entry.comparingByKey()))
            .map(Map.Entry::getKey)
            .toList();
    List<String> texts = new ArrayList<>();
    for (String id : judged) {
      if (texts.stream().noneMatch(text -> same.test(text, id))) {
        texts.add(id);
      }
    }
    return of(ranked, texts.stream().map(grades::get).toList());
  }

  /** The figures of a ranking's grades (best first) against every judged grade. */
  private static RankingScores of(List<Integer> ranked, List<Integer> judged) {
    long relevant = judged.stream().filter(g -> g > 0).count();
    if (relevant == 0) {
      return new RankingScores(0, 0, 0, 0);
    }
    double dcg = 0;
    double reciprocal = 0;
    int found = 0;
    int foundInTop5 = 0;
    for (int i = 0; i < Math.min(DEPTH, ranked.size()); i++) {
      int grade = ranked.get(i);
      dcg += gain(grade, i);
      if (grade > 0) {
        found++;
        foundInTop5 += i < PRECISION_DEPTH ? 1 : 0;
        reciprocal = reciprocal == 0 ? 1.0 / (i + 1) : reciprocal;
      }
    }
    List<Integer> ideal =
        judged.stream().filter(g -> g > 0).sorted(java.util.Comparator.reverseOrder()).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(DEPTH, ideal.size()); i++) {
      idcg += gain(ideal.get(i), i);
    }
    return new RankingScores(
        dcg / idcg, reciprocal, (double) found / relevant, (double) foundInTop5 / PRECISION_DEPTH);
  }

  /** The mean of each figure over {@code scores}; zeros when there are none. */
  public static RankingScores mean(List<RankingScores> scores) {
    if (scores.isEmpty()) {
      return new RankingScores(0, 0, 0, 0);
    }
    return new RankingScores(
        scores.stream().mapToDouble(RankingScores::ndcg10).average().orElse(0),
        scores.stream().mapToDouble(RankingScores::mrr10).average().orElse(0),
        scores.stream().mapToDouble(RankingScores::recall10).average().orElse(0),
        scores.stream().mapToDouble(RankingScores::precision5).average().orElse(0));
  }

  private static double gain(int grade, int index) {
    return (Math.pow(2, grade) - 1) / (Math.log(index + 2) / Math.log(2));
  }
}
