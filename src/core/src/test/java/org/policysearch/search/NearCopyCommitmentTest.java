package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.index.TextSketches;

/**
 * A near copy of a clause that commits otherwise ("may" for "shall", an added "not") is listed on
 * its own, not folded as nearly the same; one that differs in a harmless word still folds.
 */
class NearCopyCommitmentTest {
  private static final String CLAUSE =
      "Each Party shall make available an extension of the patent term to compensate the patent"
          + " owner for unreasonable delays in the issuance of a patent by its patent office.";

  private static final String MAY = CLAUSE.replace("shall", "may");
  private static final String NOT = CLAUSE.replace("shall", "shall not");
  private static final String PARTIES = CLAUSE.replace("Each Party", "Each of the Parties");

  @TempDir static Path dir;
  private static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("alpha.txt", "Article 18.12\n\n1. " + CLAUSE + "\n");
    files.put("bravo.txt", "Article 15.9\n\n6. " + MAY + "\n");
    files.put("charlie.txt", "Article 17.4\n\n2. " + NOT + "\n");
    files.put("delta.txt", "Article 4\n\n(a) " + PARTIES + "\n");
    service = TestIndexes.ofFiles(dir, files);
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  @Test
  void theSketchesAloneWouldReadEveryVariantAsNearlyTheSame() {
    long clause = TextSketches.of(CLAUSE);
    for (String variant : List.of(MAY, NOT, PARTIES)) {
      assertTrue(TextSketches.nearlySame(clause, TextSketches.of(variant)), variant);
    }
  }

  @Test
  void mayForShallAndAnAddedNotAreListedEachAndPartiesForPartyFolds() throws IOException {
    SearchResult folded =
        service.search(SearchRequest.of("patent term extension").withPage(1, 10).folding(true));
    Map<String, List<String>> foldedInto =
        folded.hits().stream()
            .collect(
                Collectors.toMap(
                    Hit::documentId,
                    h -> h.sameText().stream().map(s -> s.documentId() + nearly(s)).toList()));
    assertEquals(
        Map.of(
            "alpha", List.of("delta (nearly the same)"),
            "bravo", List.of(),
            "charlie", List.of()),
        foldedInto);
    assertEquals(1, folded.folded());
  }

  private static String nearly(SameTextPassage passage) {
    return passage.nearly() ? " (nearly the same)" : "";
  }
}
