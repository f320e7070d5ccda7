package org.policysearch.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a chunk's document counts in its ranking: its parties, its title, the document as a whole.
 */
class DocumentRankingTest {
  private static final String ORIGIN =
      "Article 3 Rules of Origin\n\n"
          + "Each Party shall apply the rules of origin set out in Annex 3 to originating goods.\n";

  @TempDir static Path dir;
  static SearchService service;

  @BeforeAll
  static void index() throws IOException {
    service =
        TestIndexes.ofFiles(
            dir,
            Map.of(
                // Sorted first, so that without the parties' weight it would win every tie.
                "a-pacific.txt",
                ORIGIN,
                "a-pacific.txt.meta.json",
                "{\"title\": \"Pacific Partnership\", \"type\": \"agreement\","
                    + " \"parties\": [\"JP\", \"TH\", \"MY\", \"SG\", \"VN\", \"AU\"]}",
                "b-japan-thailand.txt",
                ORIGIN,
                "b-japan-thailand.txt.meta.json",
                "{\"title\": \"Economic Partnership\", \"type\": \"agreement\","
                    + " \"parties\": [\"JP\", \"TH\"]}",
                "c-korea.txt",
                ORIGIN + "\nKorea and Japan exchange views on rules of origin.\n",
                "c-korea.txt.meta.json",
                "{\"title\": \"Korea Note\", \"type\": \"agreement\", \"parties\": [\"KR\"]}"));
  }

  @AfterAll
  static void close() throws IOException {
    service.close();
  }

  private static List<Hit> hits(String query) throws IOException {
    return service.search(SearchRequest.of(query)).hits();
  }

  @Test
  void agreementBetweenExactlyTheNamedPartiesComesFirst() throws IOException {
    List<Hit> hits = hits("Japan Thailand rules of origin");
    assertEquals("b-japan-thailand", hits.get(0).documentId());
    assertTrue(hits.get(0).allWords());
    // The six-party agreement holds every word too, through its parties, and comes next.
    assertEquals("a-pacific", hits.get(2).documentId());
    assertTrue(hits.get(2).allWords());
  }

  @Test
  void passageThatNeverNamesTheCountryIsFoundThroughItsDocumentsParties() throws IOException {
    Hit first = hits("Thailand rules of origin").get(0);
    assertTrue(first.allWords());
    assertFalse(first.text().contains("Thailand"));
    assertTrue(first.matchedOn().contains("parties"), first.matchedOn().toString());
  }

  @Test
  void documentWhoseOpeningIsAboutTheQueryLiftsItsPassages() throws IOException {
    String passage = "\n\nThe Parties shall promote cooperation between their agencies.\n";
    try (SearchService two =
        TestIndexes.ofFiles(
            dir.resolve("opening"),
            Map.of(
                "a-general.txt",
                "General Agreement\n\nThe Parties agree on general matters of trade." + passage,
                "b-chips.txt",
                "Semiconductor Agreement\n\nThe Parties agree to build semiconductor supply"
                    + " chains together."
                    + passage))) {
      List<Hit> hits = two.search(SearchRequest.of("cooperation semiconductors")).hits();
      // The two passages are the same and neither says "semiconductors"; the document of the
      // second is about them, and that comes first.
      Hit first =
          hits.stream().filter(h -> h.text().contains("cooperation")).findFirst().orElseThrow();
      assertEquals("b-chips", first.documentId());
      assertTrue(first.matchedOn().contains("document"), first.matchedOn().toString());
    }
  }

  @Test
  void headingNeverOutranksThePassageUnderItForBeingShort() throws IOException {
    try (SearchService labour =
        TestIndexes.ofFiles(
            dir.resolve("labour"),
            Map.of(
                "labour.txt",
                "Article 13 Labour Standards\n\n"
                    + "Each Party shall ensure that its laws and practices on labour standards"
                    + " embody and protect the internationally recognised principles and rights,"
                    + " and shall strive to improve them over time.\n"))) {
      List<Hit> hits = labour.search(SearchRequest.of("labour standards")).hits();
      assertEquals("paragraph", hits.get(0).kind(), hits.get(0).text());
    }
  }

  @Test
  void headingHoldingTheWordsSideBySideStillFollowsThePassageUnderIt() throws IOException {
    try (SearchService space =
        TestIndexes.ofFiles(
            dir.resolve("space"),
            Map.of(
                "space.txt",
                "Areas of Cooperation\n\nCooperating on Space Exploration\n\n"
                    + "Recognizing that investments in space, including missions to the Moon and"
                    + " Mars, contribute to civilian needs, the Participants intend to continue"
                    + " their partnership in civil space and human exploration.\n"))) {
      List<Hit> hits = space.search(SearchRequest.of("space exploration")).hits();
      assertEquals("paragraph", hits.get(0).kind(), hits.get(0).text());
    }
  }

  @Test
  void passageHoldingAWordThroughItsHeadingFollowsNoHeadingForTheWordsNearness()
      throws IOException {
    try (SearchService exchange =
        TestIndexes.ofFiles(
            dir.resolve("exchange"),
            Map.of(
                "exchange.txt",
                "Areas of Cooperation\n\nBasic Research and Student Exchange\n\n"
                    + "The Participants intend to support joint research projects and the exchange"
                    + " of researchers between their universities and laboratories.\n"))) {
      List<Hit> hits = exchange.search(SearchRequest.of("student exchange")).hits();
      assertEquals("paragraph", hits.get(0).kind(), hits.get(0).text());
    }
  }

  @Test
  void passageThatOnlyCitesAnArticleByItsTitleFollowsTheArticlesOwnPassages() throws IOException {
    try (SearchService investment =
        TestIndexes.ofFiles(
            dir.resolve("citation"),
            Map.of(
                "investment.txt",
                "Article 9 Expropriation and Compensation\n\n"
                    + "No Party shall expropriate a covered investment except for a public purpose"
                    + " and on payment of compensation. Compensation for an expropriation shall"
                    + " be paid without delay and be fully realisable.\n\n"
                    + "Article 12 Transfers\n\n"
                    + "Each Party shall permit transfers relating to:\n\n"
                    + "(d) Article 9 (Expropriation and Compensation);\n"))) {
      List<Hit> hits = investment.search(SearchRequest.of("expropriation and compensation")).hits();
      // The list item holds both words side by side, in six words; it only points to Article 9.
      assertTrue(hits.get(0).text().contains("covered investment"), hits.get(0).text());
    }
  }

  @Test
  void partialMatchesFollowThoseHoldingEveryWordByHowManyTheyHold() throws IOException {
    SearchResult result = service.search(SearchRequest.of("Korea exchange origin annex"));
    // c-korea:2 says Korea, exchange and origin; no chunk says all four words.
    assertTrue(result.relaxed());
    assertEquals("c-korea:2", result.hits().get(0).chunkId());
    assertFalse(result.hits().get(0).allWords());
  }

  @Test
  void agreementRememberedByItsKindIsFoundThoughItsTextCallsItselfOtherwise() throws IOException {
    try (SearchService kinds =
        TestIndexes.ofFiles(
            dir.resolve("kinds"),
            Map.of(
                "a-region.txt",
                "The Parties hereby establish a free trade agreement among Japan, Thailand,"
                    + " Malaysia, Singapore, Viet Nam and Australia.\n",
                "a-region.txt.meta.json",
                "{\"title\": \"Regional Pact\", \"type\": \"agreement\","
                    + " \"parties\": [\"JP\", \"TH\", \"MY\", \"SG\", \"VN\", \"AU\"]}",
                "b-japan-thailand.txt",
                "Japan and the Kingdom of Thailand conclude this Agreement for an Economic"
                    + " Partnership to liberalise trade in goods.\n",
                "b-japan-thailand.txt.meta.json",
                "{\"title\": \"Bilateral Pact\", \"type\": \"agreement\","
                    + " \"parties\": [\"JP\", \"TH\"]}"))) {
      // "free trade agreement" names the kind the analyst remembers; the bilateral agreement's
      // text never says "free", and it is still the one between exactly Japan and Thailand.
      SearchResult result = kinds.search(SearchRequest.of("Japan Thailand free trade agreement"));
      assertEquals("b-japan-thailand", result.hits().get(0).documentId());
      // The kind still ranks: alone, it finds the passage that says it.
      assertEquals(
          "a-region",
          kinds.search(SearchRequest.of("free trade agreement")).hits().get(0).documentId());
    }
  }

  @Test
  void rankingClausesLiftAPassageFromBeyondTheFirstPage() throws IOException {
    // The same words, as many times, in passages of the same length: only their distance differs,
    // which the ranking clauses weigh after matching and counting.
    String between = "apply to every good that either Party exports under this chapter";
    Map<String, String> files = new java.util.TreeMap<>();
    for (int i = 0; i < 30; i++) {
      files.put(
          String.format(java.util.Locale.ROOT, "a-%02d.txt", i),
          "The rules " + between + " follow origin.\n");
    }
    // Sorted last, so that it would be the thirty-first of thirty-one equal passages.
    files.put("z-close.txt", "The rules follow origin " + between + ".\n");
    try (SearchService same = TestIndexes.ofFiles(dir.resolve("same"), files)) {
      List<Hit> hits = same.search(SearchRequest.of("rules origin")).hits();
      assertEquals("z-close", hits.get(0).documentId());
    }
  }

  @Test
  void memberStatesSigningBesideTheirBlocCountAsOneSide() throws IOException {
    String passage = "The Parties shall cooperate on customs matters.\n";
    try (SearchService mixed =
        TestIndexes.ofFiles(
            dir.resolve("mixed"),
            Map.of(
                "a-region.txt",
                passage,
                "a-region.txt.meta.json",
                "{\"title\": \"Regional Pact\", \"type\": \"agreement\","
                    + " \"parties\": [\"EU\", \"DZ\", \"MA\", \"TN\"]}",
                "b-mixed.txt",
                passage,
                "b-mixed.txt.meta.json",
                "{\"title\": \"Association Pact\", \"type\": \"agreement\","
                    + " \"parties\": [\"EU\", \"DE\", \"FR\", \"IT\", \"DZ\"]}"))) {
      // The EU, three of its member states and Algeria: an agreement between two sides, the one
      // an analyst means by "EU Algeria", before the four-sided one.
      Hit first = mixed.search(SearchRequest.of("EU Algeria customs")).hits().get(0);
      assertEquals("b-mixed", first.documentId());
    }
  }
}
