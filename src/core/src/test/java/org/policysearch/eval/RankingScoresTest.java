package org.policysearch.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

class RankingScoresTest {
  private static final double EPS = 1e-6;
  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 1, "c", 2, "z", 0);

  @Test
  void gradedRankingScoresByHand() {
    // DCG = (2^1-1)/log2(2) + 0 + (2^3-1)/log2(4) = 1 + 3.5 = 4.5
    // IDCG = 7/log2(2) + 3/log2(3) + 1/log2(4) = 7 + 1.8927893 + 0.5 = 9.3927893
    RankingScores s = RankingScores.of(List.of("b", "x", "a"), GRADES);
    assertEquals(4.5 / 9.3927893, s.ndcg10(), EPS);
    assertEquals(1.0, s.mrr10(), EPS);
    assertEquals(2.0 / 3, s.recall10(), EPS);
    assertEquals(2.0 / 5, s.precision5(), EPS);
  }

  @Test
  void idealRankingScoresOne() {
    RankingScores s = RankingScores.of(List.of("a", "c", "b"), GRADES);
    assertEquals(1.0, s.ndcg10(), EPS);
    assertEquals(1.0, s.recall10(), EPS);
  }

  @Test
  void firstRelevantAtThirdGivesReciprocalRankOneThird() {
    RankingScores s = RankingScores.of(List.of("x", "z", "c"), GRADES);
    assertEquals(1.0 / 3, s.mrr10(), EPS);
    assertEquals(3 / 2.0 / 9.3927893, s.ndcg10(), EPS); // (2^2-1)/log2(4)
    assertEquals(1.0 / 5, s.precision5(), EPS);
  }

  @Test
  void relevantChunkBelowTenCountsForNothing() {
    List<String> ranking =
        List.of("x1", "x2", "x3", "x4", "x5", "x6", "x7", "x8", "x9", "x10", "a", "b", "c");
    assertEquals(new RankingScores(0, 0, 0, 0), RankingScores.of(ranking, GRADES));
  }

  @Test
  void gradeZeroIsNotRelevant() {
    RankingScores s = RankingScores.of(List.of("z"), GRADES);
    assertEquals(new RankingScores(0, 0, 0, 0), s);
  }

  @Test
  void topicWithoutRelevantChunksScoresZero() {
    assertEquals(new RankingScores(0, 0, 0, 0), RankingScores.of(List.of("a"), Map.of("a", 0)));
  }

  @Test
  void meanAveragesEachFigure() {
    RankingScores mean =
        RankingScores.mean(
            List.of(new RankingScores(1, 1, 0.5, 0.2), new RankingScores(0, 0.5, 0.5, 0.4)));
    assertEquals(new RankingScores(0.5, 0.75, 0.5, 0.30000000000000004), mean);
  }

  @Test
  void countedByTextACopyRankedBelowItsTextGainsNothingAndTheIdealTakesEachTextOnce() {
    // a1 and a2 read the same (grade 3 each); b is another text (grade 1).
    Map<String, Integer> grades = Map.of("a1", 3, "a2", 3, "b", 1);
    Map<String, Long> texts = Map.of("a1", 1L, "a2", 1L, "b", 2L, "x", 3L);
    // Each copy listed: a2 repeats a1 and gains nothing; ideal = 7 + 1/log2(3).
    BiPredicate<String, String> same = (a, b) -> texts.get(a).equals(texts.get(b));
    RankingScores copies = RankingScores.ofTexts(List.of("a1", "a2", "b"), grades, same);
    double ideal = 7 + 1 / (Math.log(3) / Math.log(2));
    assertEquals((7 + 0.5) / ideal, copies.ndcg10(), EPS);
    assertEquals(1.0, copies.recall10(), EPS);
    assertEquals(2.0 / 5, copies.precision5(), EPS);
    // Folded, b moves up to second: the ideal ranking.
    assertEquals(1.0, RankingScores.ofTexts(List.of("a1", "b", "x"), grades, same).ndcg10(), EPS);
    // Counted by chunk, the same folded ranking misses the second copy the ideal still holds.
    assertEquals(
        (7 + 1 / (Math.log(3) / Math.log(2))) / (7 + 7 / (Math.log(3) / Math.log(2)) + 0.5),
        RankingScores.of(List.of("a1", "b", "x"), grades).ndcg10(),
        EPS);
  }

  @Test
  void countedWithNearCopiesAsOneEachCopyJoinsTheBestTextItCopies() {
    // n1 nearly copies a (grade 3), n2 nearly copies n1 but not a: near copies are no chain.
    Map<String, Integer> grades = Map.of("a", 3, "n1", 2, "n2", 2, "b", 1);
    Set<Set<String>> near = Set.of(Set.of("a", "n1"), Set.of("n1", "n2"));
    BiPredicate<String, String> same = (x, y) -> x.equals(y) || near.contains(Set.of(x, y));
    // The ideal takes a, n2 and b: 7, 3/log2(3), 1/2.
    double ideal = 7 + 3 / (Math.log(3) / Math.log(2)) + 0.5;
    RankingScores listed = RankingScores.ofTexts(List.of("a", "n1", "n2", "b"), grades, same);
    // n1 repeats a and gains nothing; n2 repeats n1, which was read.
    assertEquals((7 + 1 / (Math.log(5) / Math.log(2))) / ideal, listed.ndcg10(), EPS);
    assertEquals(1.0, RankingScores.ofTexts(List.of("a", "n2", "b"), grades, same).ndcg10(), EPS);
  }
}
