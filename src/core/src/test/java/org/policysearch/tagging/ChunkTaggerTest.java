package org.policysearch.tagging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policysearch.corpus.SourceDocument;
import org.policysearch.structure.Chunk;
import org.policysearch.structure.Chunker;

class ChunkTaggerTest {
  private final ChunkTagger tagger = new ChunkTagger();

  @Test
  void headingOnlyMentionCounts() {
    Tags tags =
        tagger.tag(
            List.of(),
            List.of("Leading Quantum Innovation"),
            "Positioning the Participants at the forefront of innovation.");
    assertEquals(List.of(List.of(), List.of("quantum")), countriesAndSectors(tags));
  }

  @Test
  void partiesComeFirstThenHeadingsThenText() {
    Tags tags =
        tagger.tag(
            List.of("US", "Republic of Korea"),
            List.of("Cooperation with Italy"),
            "Japan, Korea and the U.S. build chips.");
    assertEquals(
        List.of(List.of("US", "KR", "IT", "JP"), List.of("semiconductors")),
        countriesAndSectors(tags));
  }

  @Test
  void partiesInferredFromTitle() {
    assertEquals(
        List.of("KR", "IT"),
        tagger.inferParties("Korea and Italy sign chip MoU", "The United States, the U.S."));
  }

  @Test
  void partiesInferredFromRepeatedMentionsMostMentionedFirst() {
    String text =
        "Italy and Korea. Korean and Italian firms. Korea again. Japan once. The EU, the EU.";
    assertEquals(List.of("KR", "IT", "EU"), tagger.inferParties("Joint Statement", text));
  }

  @Test
  void partiesOfProseAreInferredFromTheOpeningOnlyAndAtMostFour() {
    String opening = "France France Spain Spain Chile Chile Peru Peru Cuba Cuba ";
    String late = " ".repeat(ChunkTagger.PARTY_WINDOW) + "Japan Japan Japan";
    assertEquals(List.of("FR", "ES", "CL", "PE"), tagger.inferParties(null, opening + late));
  }

  @Test
  void seedCorpusLinesAreTaggedAsAReaderWould() throws IOException {
    List<String> usRok = lines("us-rok-technology-prosperity-deal.txt");
    assertEquals(
        List.of(List.of("KR", "US"), List.of()),
        countriesAndSectors(tag(usRok, "and South Korea Regarding the U.S.-R.O.K.")));
    assertEquals(
        List.of(List.of("US", "KR"), List.of("ai", "trade")),
        countriesAndSectors(tag(usRok, "Working together to promote U.S. and Korean AI exports")));
    assertEquals(
        List.of(List.of(), List.of("research-security")),
        countriesAndSectors(tag(usRok, "Recognizing the importance of shared research security")));
    assertEquals(
        List.of(List.of(), List.of("telecom")),
        countriesAndSectors(tag(usRok, "Advanced Radio Access Networks")));
    assertEquals(
        List.of(List.of("KR"), List.of("space")),
        countriesAndSectors(tag(usRok, "Korea Positioning System")));

    List<String> newsA = lines("korea-italy-mou-news-a.txt");
    assertEquals(
        List.of(List.of("KR", "IT"), List.of("ai", "semiconductors")),
        countriesAndSectors(
            tag(newsA, "South Korean President Lee Jae Myung and Italian Prime Minister")));
    assertEquals(
        List.of(List.of(), List.of("defence")),
        countriesAndSectors(tag(newsA, "denuclearisation of the Korean")));
    assertEquals(
        List.of(List.of("IT", "KR", "EU"), List.of("education", "trade", "culture")),
        countriesAndSectors(tag(newsA, "the first by an Italian leader to South Korea")));

    List<String> newsB = lines("korea-italy-mou-news-b.txt");
    assertEquals(
        List.of(List.of("KR", "EU"), List.of("trade")),
        countriesAndSectors(tag(newsB, "The volume of trade between South Korea and the EU")));
    assertEquals(
        List.of(List.of("KR"), List.of("ai", "semiconductors", "telecom", "trade")),
        countriesAndSectors(tag(newsB, "Strong global demand for memory chips")));
  }

  @Test
  void seedDocumentsInferTheirParties() throws IOException {
    assertEquals(
        List.of("US", "KR"),
        tagger.inferParties("", String.join("\n", lines("us-rok-technology-prosperity-deal.txt"))));
    assertEquals(
        List.of("IT", "KR"),
        tagger.inferParties("", String.join("\n", lines("korea-italy-mou-news-a.txt"))));
  }

  @Test
  void taggingAWholeDocumentGivesEachChunkItsOwnTags() throws IOException {
    String text = Files.readString(Path.of("corpus/us-rok-technology-prosperity-deal.txt"));
    List<Chunk> chunks = new Chunker().split(SourceDocument.ofText("deal", text));
    List<String> parties = List.of("US", "Korea");

    List<Tags> whole = tagger.tagDocument(parties, null, chunks);

    assertEquals(chunks.size(), whole.size());
    for (int i = 0; i < chunks.size(); i++) {
      Chunk chunk = chunks.get(i);
      assertEquals(
          countriesAndSectors(tagger.tag(parties, chunk.sectionPath(), chunk.text())),
          countriesAndSectors(whole.get(i)),
          chunk.id());
    }
    assertEquals(List.of("US", "KR"), whole.get(0).countries());
  }

  @Test
  void aHeadingNamingSeveralSectorsLeavesOneToTheChapterNamedForIt() {
    String text =
        String.join(
            "\n\n",
            "TITLE IV ESTABLISHMENT, TRADE IN SERVICES AND ELECTRONIC COMMERCE",
            "CHAPTER 1 Establishment",
            "Article 1 Definitions",
            "1. A juridical person means any legal entity duly constituted under the law.",
            "CHAPTER 2 Electronic Commerce",
            "Article 2 Objective",
            "1. The Parties shall promote paperless procedures between them.",
            "TITLE V ENERGY AND MINERAL RESOURCES",
            "Article 3 Energy Regulatory Authority",
            "1. Each Party shall maintain an independent regulator.",
            "Article 4 Cooperation",
            "1. The Parties shall cooperate with each other.");
    List<Chunk> chunks = new Chunker().split(SourceDocument.ofText("title", text));

    List<Tags> tags = tagger.tagDocument(List.of(), null, chunks);

    assertEquals(List.of("trade"), sectorsOf(chunks, tags, "A juridical person"));
    assertEquals(List.of("trade", "digital"), sectorsOf(chunks, tags, "paperless"));
    // An article names one subject of its title but heads no headings: the title stays on both.
    assertEquals(List.of("critical-minerals", "energy"), sectorsOf(chunks, tags, "cooperate with"));
  }

  private static List<String> sectorsOf(List<Chunk> chunks, List<Tags> tags, String words) {
    for (int i = 0; i < chunks.size(); i++) {
      if (chunks.get(i).text().contains(words)) {
        return tags.get(i).sectors();
      }
    }
    throw new AssertionError("no chunk holds " + words);
  }

  private static List<List<String>> countriesAndSectors(Tags tags) {
    return List.of(tags.countries(), tags.sectors());
  }

  private Tags tag(List<String> lines, String start) {
    List<String> matching = lines.stream().filter(l -> l.contains(start)).toList();
    assertEquals(1, matching.size(), "lines containing " + start);
    return tagger.tag(List.of(), List.of(), matching.get(0));
  }

  private static List<String> lines(String name) throws IOException {
    return Files.readAllLines(Path.of("corpus", name), StandardCharsets.UTF_8);
  }
}
