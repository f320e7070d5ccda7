package org.policysearch.search.lucene;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TopWindowRescorerTest {

  @Test
  void thePageEndsAtTheScoreOfItsLastPlaceTiesIncluded() {
    Random random = new Random(7);
    for (int n = 1; n < 300; n += 7) {
      float[] scores = new float[n];
      for (int i = 0; i < n; i++) {
        // Few distinct values: ties at the page's end are the case that matters.
        scores[i] = 1000 + random.nextInt(12) * 0.25f;
      }
      float[] sorted = scores.clone();
      Arrays.sort(sorted);
      for (int rank = 1; rank <= n; rank += 3) {
        assertEquals(sorted[n - rank], TopWindowRescorer.nthHighest(scores, rank), 0f);
      }
      float[] before = scores.clone();
      TopWindowRescorer.nthHighest(scores, 1);
      assertEquals(Arrays.toString(before), Arrays.toString(scores), "the scores stay in order");
    }
  }
}
