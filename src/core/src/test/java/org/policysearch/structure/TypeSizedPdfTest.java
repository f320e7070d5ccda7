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

/**
 * A PDF without bookmarks whose headings are set larger than its text, read as the indexer does.
 */
class TypeSizedPdfTest {

  private static List<Chunk> chunks(Path corpus, List<List<String>> pages) throws IOException {
    Files.write(corpus.resolve("strategy.pdf"), TestPdfs.pdf(null, pages));
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
  void linesSetLargerThanTheTextAreHeadingsOneLevelPerSize(@TempDir Path corpus)
      throws IOException {
    List<Chunk> chunks =
        chunks(
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
  void aRunningHeadSetLargerIsNoHeading(@TempDir Path corpus) throws IOException {
    List<Chunk> chunks =
        chunks(
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
}
