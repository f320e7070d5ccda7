package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.corpus.CorpusReader;
import org.policysearch.corpus.TestPdfs;
import org.policysearch.corpus.TestPdfs.Bookmark;

/** A PDF exported with its headings as bookmarks, read and chunked as the indexer does. */
class BookmarkedPdfTest {

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

  private static List<Chunk> chunks(Path corpus, List<Bookmark> bookmarks) throws IOException {
    Files.write(
        corpus.resolve("strategy.pdf"),
        TestPdfs.pdf("National Quantum Strategy", STRATEGY, bookmarks));
    CorpusReader reader = new CorpusReader();
    return new Chunker().split(reader.read(reader.list(corpus).get(0)));
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
        chunks(
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
        chunks(
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
}
