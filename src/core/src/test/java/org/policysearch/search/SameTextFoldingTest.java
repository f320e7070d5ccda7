package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.index.TextSketches;

/** A ranked window folds each text's worse results into its best one, page by page. */
class SameTextFoldingTest {
  // Ranks 0..6: texts A B A C B D A.
  private static final long[] WINDOW = {'A', 'B', 'A', 'C', 'B', 'D', 'A'};

  @Test
  void thePageListsEachTextOnceWithItsWorseResultsFoldedIntoIt() {
    SameTextFolding.Folded first = SameTextFolding.fold(WINDOW, WINDOW, 0, 2);
    assertArrayEquals(new int[] {0, 1}, first.page());
    assertArrayEquals(new int[] {2, 6}, first.others().get(0));
    assertArrayEquals(new int[] {4}, first.others().get(1));
    // Nothing is folded before B, the page's last text.
    assertEquals(0, first.folded());
  }

  @Test
  void theNextPageStartsAfterTheTextsOfTheFirst() {
    SameTextFolding.Folded second = SameTextFolding.fold(WINDOW, WINDOW, 2, 4);
    assertArrayEquals(new int[] {3, 5}, second.page());
    assertEquals(List.of(0, 0), second.others().stream().map(o -> o.length).toList());
    // Ranks 2 and 4 were folded before D, the page's last.
    assertEquals(2, second.folded());
  }

  @Test
  void aPageBeyondTheTextsIsEmpty() {
    SameTextFolding.Folded third = SameTextFolding.fold(WINDOW, WINDOW, 4, 6);
    assertEquals(0, third.page().length);
    assertEquals(3, third.folded());
  }

  @Test
  void aNearCopyOfABetterTextIsFoldedIntoItAndSaysSo() {
    // Ranks 0..4: texts A B C A D, where C nearly copies A, and D nearly copies C but not A.
    long[] signatures = {'A', 'B', 'C', 'A', 'D'};
    long a = 0x0101010101010101L;
    long c = a + 0x0300; // one place of 16 differs
    long d = c + 0x030303030000L; // four more: 12 places agree with C's, 11 with A's
    long[] sketches = {a, 0x0202020202020202L, c, a, d};
    float[] scores = {5, 4, 3, 2, 1};
    long[] keys = SameTextFolding.read(signatures, sketches, alike(signatures), scores, 10).keys();
    // C is read as A; D as itself, as C is no text of its own to copy.
    assertArrayEquals(new long[] {'A', 'B', 'A', 'A', 'D'}, keys);
    SameTextFolding.Folded folded = SameTextFolding.fold(keys, signatures, 0, 10);
    assertArrayEquals(new int[] {0, 1, 4}, folded.page());
    assertArrayEquals(new int[] {2, 3}, folded.others().get(0));
    assertEquals("{2}", folded.nearly().toString(), "the near copy, not A's own copy");
  }

  @Test
  void aNearCopyOfATextBeyondThePageIsNotReadAsIt() {
    long[] signatures = {'A', 'B', 'C'};
    long c = 0x0505050505050505L;
    long[] sketches = {0x0101010101010101L, c, c + 1};
    float[] scores = {3, 2, 1};
    // With one text on the page, B cannot be reached, and C stays a text of its own.
    assertArrayEquals(
        new long[] {'A', 'B', 'C'},
        SameTextFolding.read(signatures, sketches, alike(signatures), scores, 1).keys());
    assertArrayEquals(
        new long[] {'A', 'B', 'B'},
        SameTextFolding.read(signatures, sketches, alike(signatures), scores, 2).keys());
  }

  @Test
  void aTextWithoutASketchIsFoldedOnlyIntoItsExactCopy() {
    long[] signatures = {'A', 'B', 'A'};
    long[] sketches = {TextSketches.NONE, TextSketches.NONE, TextSketches.NONE};
    assertArrayEquals(
        new long[] {'A', 'B', 'A'},
        SameTextFolding.read(signatures, sketches, alike(signatures), new float[] {3, 2, 1}, 10)
            .keys());
  }

  @Test
  void onlyTheTextsThatCanReachThePageAndTheirCopiesAreReaching() {
    // Texts A B C D by score, D tied with C; A' nearly copies A and ranks last.
    long[] signatures = {'D', 'A', 'C', 'B', 'E'};
    long a = 0x0101010101010101L;
    long[] sketches = {0x0404040404040404L, a, 0x0303030303030303L, 0x0202020202020202L, a + 1};
    float[] scores = {2, 5, 2, 4, 1};
    // A page of three texts ends with C or D, tied: both may reach it, and A's near copy E does.
    assertEquals(
        "{0, 1, 2, 3, 4}",
        SameTextFolding.read(signatures, sketches, alike(signatures), scores, 3)
            .reaching()
            .toString());
    assertEquals(
        "{1, 3, 4}",
        SameTextFolding.read(signatures, sketches, alike(signatures), scores, 2)
            .reaching()
            .toString());
  }

  @Test
  void aNearCopyThatCommitsOtherwiseIsReadAsATextOfItsOwn() {
    // Ranks 0..2: texts A B C, where B and C nearly copy A, but B says "may" where A says "shall".
    long[] signatures = {'A', 'B', 'C'};
    long a = 0x0101010101010101L;
    long[] sketches = {a, a + 0x0300, a + 0x0300};
    long[] commitments = {1, 2, 1};
    long[] keys =
        SameTextFolding.read(signatures, sketches, commitments, new float[] {3, 2, 1}, 10).keys();
    assertArrayEquals(new long[] {'A', 'B', 'A'}, keys);
  }

  /** The commitment numbers of a window whose texts all commit alike. */
  private static long[] alike(long[] signatures) {
    return new long[signatures.length];
  }
}
