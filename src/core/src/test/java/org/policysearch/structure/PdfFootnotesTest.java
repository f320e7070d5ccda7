package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policysearch.corpus.TestPdfs;

/** Footnotes at the foot of a PDF's pages, read and chunked as the indexer does. */
class PdfFootnotesTest {

  private static List<String> outline(Path corpus, List<List<String>> pages) throws IOException {
    return PdfChunks.of(corpus, "mou.pdf", TestPdfs.pdf(null, pages)).stream()
        .map(c -> c.kind() + " " + c.sectionPath() + " " + c.text())
        .toList();
  }

  @Test
  void aFootnoteStandsAfterTheSentenceThePageBreakCut(@TempDir Path corpus) throws IOException {
    List<String> outline =
        outline(
            corpus,
            List.of(
                List.of(
                    "Article 1 Cooperation",
                    "The Parties recognise the importance of research and to that end",
                    "the Parties shall1",
                    "8|1 See the Joint Statement of 2023 on research security and",
                    "8|its annex on quantum technologies."),
                List.of(
                    "cooperate on quantum research and exchange researchers.",
                    "Article 2 Review",
                    "The Parties shall review this Memorandum every year.")));

    assertEquals(
        List.of(
            "HEADING [] Article 1 Cooperation",
            // The call is the superscript it was printed as: "shall" is found as a word.
            "PARAGRAPH [Article 1 Cooperation] The Parties recognise the importance of research"
                + " and to that end the Parties shall\u00B9 cooperate on quantum research and"
                + " exchange researchers.",
            "PARAGRAPH [Article 1 Cooperation] 1 See the Joint Statement of 2023 on research"
                + " security and its annex on quantum technologies.",
            "HEADING [] Article 2 Review",
            "PARAGRAPH [Article 2 Review] The Parties shall review this Memorandum every year."),
        outline);
  }

  @Test
  void smallLinesTheTextDoesNotCallStayWhereTheyAre(@TempDir Path corpus) throws IOException {
    List<List<String>> pages =
        List.of(
            List.of(
                "Article 1 Supplies",
                "The Parties shall publish the volumes of lithium and",
                "8|1 Lithium 2027 joint processing plant",
                "8|2 Cobalt 2026 supply chain tracing"),
            List.of("cobalt they trade each year.", "Article 2 Review", "The Parties shall meet."));

    List<String> outline = outline(corpus, pages);

    // A table set small, whose numbers the text does not call, is read in its place, as before.
    assertEquals(
        "PARAGRAPH [Article 1 Supplies] The Parties shall publish the volumes of lithium and 1"
            + " Lithium 2027 joint processing plant 2 Cobalt 2026 supply chain tracing cobalt they"
            + " trade each year.",
        outline.get(1));
  }

  @Test
  void aFootnoteUnderAWholeSentenceStaysAtItsPagesFootAsAPassage(@TempDir Path corpus)
      throws IOException {
    List<String> outline =
        outline(
            corpus,
            List.of(
                List.of(
                    "Article 1 Cooperation",
                    "The Parties shall cooperate on quantum research.2",
                    "8|2 As agreed at the 2024 summit."),
                List.of("Article 2 Review", "The Parties shall meet every year.")));

    assertEquals(
        List.of(
            "HEADING [] Article 1 Cooperation",
            "PARAGRAPH [Article 1 Cooperation] The Parties shall cooperate on quantum research.\u00B2",
            "PARAGRAPH [Article 1 Cooperation] 2 As agreed at the 2024 summit.",
            "HEADING [] Article 2 Review",
            "PARAGRAPH [Article 2 Review] The Parties shall meet every year."),
        outline);
  }
}
