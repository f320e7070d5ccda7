package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.corpus.TestPdfs;
import org.policysearch.corpus.TestPdfs.Bookmark;

/**
 * PDFs whose headings their bookmarks or their type sizes give, read and chunked as the indexer
 * does.
 */
class PdfHeadingsTest {

  private static final List<List<String>> STRATEGY =
      List.of(
          List.of(
              "National Quantum Strategy",
              "Our vision",
              "Quantum technologies will change how we compute, sense and",
              "communicate, and this strategy sets out how we will lead."),
          List.of(
              "Research and skills",
              "We will fund five research hubs and train a thousand",
              "specialists by 2030.",
              "Funding the hubs",
              "Each hub receives a grant over ten years."),
          List.of(
              "International partnerships",
              "We will work with trusted partners on quantum research",
              "and supply chains."));

  private static List<Chunk> bookmarked(Path corpus, List<Bookmark> bookmarks) throws IOException {
    return PdfChunks.of(
        corpus, "report.pdf", TestPdfs.pdf("National Quantum Strategy", STRATEGY, bookmarks));
  }

  private static List<Chunk> sized(Path corpus, List<List<String>> pages) throws IOException {
    return PdfChunks.of(corpus, "report.pdf", TestPdfs.pdf(null, pages));
  }

  private static List<String> pathOf(List<Chunk> chunks, String start) {
    return chunks.stream()
        .filter(c -> c.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no passage starts with " + start))
        .sectionPath();
  }

  @Test
  void theBookmarksAreTheOutlineTheirTitleLeftOut(@TempDir Path corpus) throws IOException {
    List<Chunk> chunks =
        bookmarked(
            corpus,
            List.of(
                new Bookmark("National Quantum Strategy", 1, 0),
                new Bookmark("Our vision", 2, 0),
                new Bookmark("Research and skills", 2, 1),
                new Bookmark("Funding the hubs", 3, 1),
                new Bookmark("International partnerships", 2, 2)));

    assertEquals(List.of("Our vision"), pathOf(chunks, "Quantum technologies"));
    assertEquals(List.of("Research and skills"), pathOf(chunks, "We will fund"));
    // A sub-section only the bookmarks say is one: its line is shaped as its parent's is.
    assertEquals(
        List.of("Research and skills", "Funding the hubs"), pathOf(chunks, "Each hub receives"));
    assertEquals(List.of("International partnerships"), pathOf(chunks, "We will work"));
  }

  @Test
  void aBookmarkNamingNoLineOfItsPageMarksNothing(@TempDir Path corpus) throws IOException {
    List<Chunk> chunks =
        bookmarked(
            corpus,
            List.of(
                new Bookmark("Cover", 1, 0),
                new Bookmark("Research and skills", 1, 1),
                new Bookmark("Funding the hubs", 2, 1)));

    assertEquals(
        List.of("Research and skills", "Funding the hubs"), pathOf(chunks, "Each hub receives"));
    assertTrue(chunks.stream().noneMatch(c -> c.sectionPath().contains("Cover")));
    String all = String.join(" ", chunks.stream().map(Chunk::text).toList());
    for (String words :
        List.of("compute, sense and communicate", "over ten years.", "supply chains.")) {
      assertTrue(all.contains(words), words);
    }
  }

  @Test
  void linesSetLargerThanTheTextAreHeadingsOneLevelPerSize(@TempDir Path corpus)
      throws IOException {
    List<Chunk> chunks =
        sized(
            corpus,
            List.of(
                List.of(
                    "24|National Quantum Strategy",
                    "A plan for the decade ahead, from the Department of Science.",
                    "It sets out what the government will do and by when.",
                    "18|Research and skills",
                    "We will fund five research hubs and train a thousand",
                    "specialists by 2030.",
                    "14|Funding the hubs",
                    "Each hub receives a grant over ten years."),
                List.of(
                    "14|Training specialists",
                    "Universities will offer new degrees in quantum engineering.",
                    "18|International partnerships",
                    "We will work with trusted partners on quantum research",
                    "and supply chains.")));

    assertEquals(List.of("Research and skills"), pathOf(chunks, "We will fund"));
    assertEquals(
        List.of("Research and skills", "Funding the hubs"), pathOf(chunks, "Each hub receives"));
    assertEquals(
        List.of("Research and skills", "Training specialists"), pathOf(chunks, "Universities"));
    assertEquals(List.of("International partnerships"), pathOf(chunks, "We will work"));
  }

  @Test
  void boldLinesOfTheTextsSizeAreHeadingsBelowTheLargerOnes(@TempDir Path corpus)
      throws IOException {
    List<Chunk> chunks =
        sized(
            corpus,
            List.of(
                List.of(
                    "Joint statement on economic security",
                    "The two Governments met in Geneva and affirmed their partnership.",
                    "18|Supply chains",
                    "b|Cooperation on critical minerals",
                    "The two sides will map their supply chains for lithium and cobalt",
                    "and coordinate investment in processing.",
                    "b|Semiconductor supply",
                    "They will share information on disruptions.",
                    "18|Next steps",
                    "Officials will report to Ministers.")));

    assertEquals(
        List.of("Supply chains", "Cooperation on critical minerals"),
        pathOf(chunks, "The two sides will map"));
    assertEquals(
        List.of("Supply chains", "Semiconductor supply"), pathOf(chunks, "They will share"));
    assertEquals(List.of("Next steps"), pathOf(chunks, "Officials will report"));
  }

  @Test
  void boldArticleNumbersAreLeftToTheTextsRules(@TempDir Path corpus) throws IOException {
    List<Chunk> chunks =
        sized(
            corpus,
            List.of(
                List.of(
                    "Agreement between Arcadia and Borealia",
                    "The Parties have agreed as follows.",
                    "b|CHAPTER 1",
                    "b|General Provisions",
                    "b|ARTICLE 1: Scope",
                    "This Agreement applies to trade in goods between the Parties.",
                    "b|ARTICLE 2: Definitions",
                    "For the purposes of this Agreement, the terms below apply.",
                    "b|CHAPTER 2",
                    "b|Trade in Goods",
                    "b|ARTICLE 3: Tariffs",
                    "Each Party shall eliminate its customs duties.")));

    assertEquals(
        List.of("CHAPTER 1 General Provisions", "ARTICLE 2: Definitions"),
        pathOf(chunks, "For the purposes"));
    assertEquals(
        List.of("CHAPTER 2 Trade in Goods", "ARTICLE 3: Tariffs"),
        pathOf(chunks, "Each Party shall eliminate"));
  }

  @Test
  void aRunningHeadSetLargerIsNoHeading(@TempDir Path corpus) throws IOException {
    List<Chunk> chunks =
        sized(
            corpus,
            List.of(
                List.of(
                    "14|Quantum Strategy",
                    "The hubs share their results every year.",
                    "Their reports are public.",
                    "Anyone may read them."),
                List.of(
                    "14|Quantum Strategy",
                    "The hubs meet twice a year.",
                    "14|Results",
                    "Each report names its partners.",
                    "It lists the grants they received."),
                List.of(
                    "14|Quantum Strategy",
                    "Partners may leave a hub after three years.",
                    "They keep what they built.",
                    "Nothing else is asked of them.")));

    assertEquals(List.of("Results"), pathOf(chunks, "Each report"));
    assertTrue(chunks.stream().noneMatch(c -> c.sectionPath().contains("Quantum Strategy")));
  }

  @Test
  void anArticleOpeningEachPageIsAHeadingOverItsNameNotARunningHead(@TempDir Path corpus)
      throws IOException {
    List<List<String>> pages = new java.util.ArrayList<>();
    List<String> names = List.of("Objectives", "Scope", "Definitions", "Cooperation");
    for (int n = 1; n <= names.size(); n++) {
      pages.add(
          List.of(
              "b|Article " + n,
              "b|" + names.get(n - 1),
              "The Parties work together on "
                  + names.get(n - 1).toLowerCase(java.util.Locale.ROOT)
                  + " every year.",
              "They report on it to the Joint Committee.",
              "Each report is made public."));
    }
    List<Chunk> chunks = sized(corpus, pages);

    assertEquals(List.of("Article 2 Scope"), pathOf(chunks, "The Parties work together on scope"));
    assertEquals(
        List.of("Article 3 Definitions"),
        pathOf(chunks, "The Parties work together on definitions"));
  }
}
