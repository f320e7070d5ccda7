package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A ranked window folds each text's worse results into its best one, page by page. */
class SameTextFoldingTest {
  // Ranks 0..6: texts A B A C B D A.
  private static final long[] WINDOW = {'A', 'B', 'A', 'C', 'B', 'D', 'A'};

  @Test
  void thePageListsEachTextOnceWithItsWorseResultsFoldedIntoIt() {
    SameTextFolding.Folded first = SameTextFolding.fold(WINDOW, 0, 2);
    assertArrayEquals(new int[] {0, 1}, first.page());
    assertArrayEquals(new int[] {2, 6}, first.others().get(0));
    assertArrayEquals(new int[] {4}, first.others().get(1));
    // Nothing is folded before B, the page's last text.
    assertEquals(0, first.folded());
  }

  @Test
  void theNextPageStartsAfterTheTextsOfTheFirst() {
    SameTextFolding.Folded second = SameTextFolding.fold(WINDOW, 2, 4);
    assertArrayEquals(new int[] {3, 5}, second.page());
    assertEquals(List.of(0, 0), second.others().stream().map(o -> o.length).toList());
    // Ranks 2 and 4 were folded before D, the page's last.
    assertEquals(2, second.folded());
  }

  @Test
  void aPageBeyondTheTextsIsEmpty() {
    SameTextFolding.Folded third = SameTextFolding.fold(WINDOW, 4, 6);
    assertEquals(0, third.page().length);
    assertEquals(3, third.folded());
  }
}
