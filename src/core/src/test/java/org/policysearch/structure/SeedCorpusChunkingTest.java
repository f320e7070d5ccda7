package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.corpus.SourceDocument;

/** The outline and chunks of the committed seed corpus, as a reader of the results sees them. */
class SeedCorpusChunkingTest {
  private static final String AREAS = "II. Areas of Cooperation";
  private static final String AI = "Accelerating AI Adoption and Innovation";
  private static final String TRUSTED = "Trusted Technology Leadership";

  private static List<Chunk> chunks(String name) throws IOException {
    String text = Files.readString(Path.of("corpus", name + ".txt"));
    return new Chunker().split(SourceDocument.ofText(name, text));
  }

  private static List<Chunk> usRok() throws IOException {
    return chunks("us-rok-technology-prosperity-deal");
  }

  private static List<String> headings(List<Chunk> chunks) {
    return chunks.stream().filter(c -> c.kind() == ChunkKind.HEADING).map(Chunk::text).toList();
  }

  private static Chunk containing(List<Chunk> chunks, String phrase) {
    return chunks.stream().filter(c -> c.text().contains(phrase)).findFirst().orElseThrow();
  }

  @Test
  void romanSectionsAreTopLevelHeadings() throws IOException {
    List<Chunk> chunks = usRok();
    for (String section : List.of("I. Purpose", AREAS, "III. Operation and Discontinuation")) {
      Chunk heading = containing(chunks, section);
      assertEquals(ChunkKind.HEADING, heading.kind());
      assertEquals(section, heading.text());
      assertEquals(List.of(), heading.sectionPath());
    }
  }

  @Test
  void outlineOfUsRokStatement() throws IOException {
    assertEquals(
        List.of(
            "I. Purpose",
            AREAS,
            AI,
            TRUSTED,
            "Research Security",
            "Advanced Radio Access Networks and 6G",
            "Securing Pharmaceutical and Biotechnology Supply Chains",
            "Leading Quantum Innovation",
            "Basic Research and STEM Exchange",
            "Cooperating on Space Exploration",
            "III. Operation and Discontinuation"),
        headings(usRok()));
  }

  @Test
  void titleLinesSitUnderTheirNumberedSection() throws IOException {
    List<Chunk> chunks = usRok();
    for (String title : List.of(AI, TRUSTED)) {
      Chunk heading = chunks.stream().filter(c -> c.text().equals(title)).findFirst().orElseThrow();
      assertEquals(ChunkKind.HEADING, heading.kind());
      assertEquals(List.of(AREAS), heading.sectionPath());
    }
  }

  @Test
  void bulletSubheadingsAreHeadingsUnderTrustedTechnologyLeadership() throws IOException {
    List<Chunk> chunks = usRok();
    List<Chunk> underTrusted =
        chunks.stream()
            .filter(c -> c.kind() == ChunkKind.HEADING)
            .filter(c -> c.sectionPath().equals(List.of(AREAS, TRUSTED)))
            .toList();
    assertEquals(
        List.of(
            "Research Security",
            "Advanced Radio Access Networks and 6G",
            "Securing Pharmaceutical and Biotechnology Supply Chains",
            "Leading Quantum Innovation",
            "Basic Research and STEM Exchange",
            "Cooperating on Space Exploration"),
        underTrusted.stream().map(Chunk::text).toList());
  }

  @Test
  void bulletSubheadingOwnsFollowingParagraph() throws IOException {
    Chunk space = containing(usRok(), "Korean cubesat rideshare on Artemis II");
    assertEquals(ChunkKind.PARAGRAPH, space.kind());
    assertEquals(List.of(AREAS, TRUSTED, "Cooperating on Space Exploration"), space.sectionPath());
    assertTrue(space.text().startsWith("Recognizing that research and development investments"));
  }

  @Test
  void subheadingFollowedDirectlyByItsParagraphWithoutBlankLine() throws IOException {
    Chunk quantum = containing(usRok(), "Positioning the Participants");
    assertEquals(ChunkKind.PARAGRAPH, quantum.kind());
    assertEquals(List.of(AREAS, TRUSTED, "Leading Quantum Innovation"), quantum.sectionPath());
  }

  @Test
  void blankLineInMidSentenceDoesNotSplitPurposeParagraph() throws IOException {
    Chunk purpose = containing(usRok(), "The purpose of this Memorandum");
    assertEquals(ChunkKind.PARAGRAPH, purpose.kind());
    assertEquals(List.of("I. Purpose"), purpose.sectionPath());
    assertEquals(
        "The purpose of this Memorandum of Understanding (hereinafter \"MOU\") is to enable"
            + " collaboration towards joint opportunities of mutual interest in strategic science"
            + " and technology disciplines.",
        purpose.text());
  }

  @Test
  void areasIntroIsOneParagraph() throws IOException {
    Chunk intro = containing(usRok(), "The Participants aim to collaborate");
    assertEquals(ChunkKind.PARAGRAPH, intro.kind());
    assertEquals(List.of(AREAS), intro.sectionPath());
    assertEquals(
        "The Participants aim to collaborate in a number of disciplines, including but not limited"
            + " to the following:",
        intro.text());
  }

  @Test
  void aiBulletsAreNineJoinedBullets() throws IOException {
    List<Chunk> bullets =
        usRok().stream()
            .filter(c -> c.kind() == ChunkKind.BULLET)
            .filter(c -> c.sectionPath().equals(List.of(AREAS, AI)))
            .toList();
    assertEquals(9, bullets.size());
    assertEquals(
        "Championing pro-innovation AI policy frameworks and efforts to support AI technology"
            + " adoption;",
        bullets.get(1).text());
    // The bullet extracted with a leading space before its "•".
    assertEquals(
        "Partnering to strengthen the enforcement of existing AI compute protection measures and"
            + " to discuss the alignment of protection measures for critical and emerging"
            + " technologies;",
        bullets.get(4).text());
    // A compound hyphenated across a line break keeps its hyphen.
    assertTrue(bullets.get(7).text().contains(" sector-specific applications "));
  }

  @Test
  void titleAndDateBeforeFirstSectionAreParagraphsWithEmptyPath() throws IOException {
    List<Chunk> chunks = usRok();
    assertEquals(
        "Joint Statement on a Memorandum of Understanding Between the United States and South"
            + " Korea Regarding the U.S.-R.O.K. Technology Prosperity Deal",
        chunks.get(1).text());
    assertEquals("October 29, 2025", chunks.get(2).text());
    for (Chunk c : chunks.subList(0, 8)) {
      assertEquals(ChunkKind.PARAGRAPH, c.kind(), c.text());
      assertEquals(List.of(), c.sectionPath(), c.text());
    }
  }

  @Test
  void keyPointsItemsAreBulletsUnderKeyPoints() throws IOException {
    List<Chunk> chunks = chunks("korea-italy-mou-news-a");
    assertEquals(ChunkKind.HEADING, chunks.get(0).kind());
    assertEquals("Key Points", chunks.get(0).text());
    List<Chunk> bullets = chunks.stream().filter(c -> c.kind() == ChunkKind.BULLET).toList();
    assertEquals(3, bullets.size());
    for (Chunk bullet : bullets) {
      assertEquals(List.of("Key Points"), bullet.sectionPath());
    }
    assertEquals(
        "South Korea and Italy signed an MoU to expand cooperation on AI, chips, aerospace and"
            + " critical minerals.",
        bullets.get(0).text());
  }

  @Test
  void articleBodyAfterKeyPointsListIsOutsideIt() throws IOException {
    Chunk body = containing(chunks("korea-italy-mou-news-a"), "South Korean President Lee");
    assertEquals(ChunkKind.PARAGRAPH, body.kind());
    assertEquals(List.of(), body.sectionPath());
  }

  @Test
  void newsLinesAreParagraphsUnderShortTitleLines() throws IOException {
    List<Chunk> chunks = chunks("korea-italy-mou-news-b");
    assertEquals(
        List.of("Summit Highlights", "Trade Power Boost", "Strategic Edge", "Future Outlook"),
        headings(chunks));
    Chunk trade = containing(chunks, "The volume of trade between South Korea and the EU");
    assertEquals(List.of("Trade Power Boost"), trade.sectionPath());
    assertEquals(ChunkKind.PARAGRAPH, trade.kind());
    assertEquals(List.of(), chunks.get(0).sectionPath());
    assertEquals(17, chunks.size());
  }
}
