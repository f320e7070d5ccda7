package org.policysearch.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.policysearch.corpus.SourceDocument;

/** Cutting into chunks: long paragraphs, offsets and ids. */
class ChunkerTest {
  private static final List<String> SEED =
      List.of(
          "us-rok-technology-prosperity-deal", "korea-italy-mou-news-a", "korea-italy-mou-news-b");

  private static SourceDocument seed(String name) throws IOException {
    return SourceDocument.ofText(name, Files.readString(Path.of("corpus", name + ".txt")));
  }

  /** A paragraph of {@code count} 16-word sentences, some with abbreviations, wrapped at 80. */
  private static List<String> sentences(int count) {
    return IntStream.rangeClosed(1, count)
        .mapToObj(
            n ->
                n % 5 == 0
                    ? "Sentence "
                        + n
                        + " notes that the U.S. and Mr. Kim agreed on trade and"
                        + " technology cooperation today."
                    : "This is sentence "
                        + n
                        + " which talks about cooperation in trade and"
                        + " technology between the two Parties.")
        .toList();
  }

  private static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : text.split(" ")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append(" \n");
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.append('\n').toString();
  }

  @Test
  void longParagraphIsSplitAtSentenceEnds() {
    List<String> sentences = sentences(38);
    String paragraph = String.join(" ", sentences);
    assertEquals(608, LineShape.wordCount(paragraph));
    String text = "1. Scope\n\n" + wrap(paragraph, 80);

    List<Chunk> chunks = new Chunker().split(SourceDocument.ofText("long", text));

    List<Chunk> parts = chunks.subList(1, chunks.size());
    assertEquals(3, parts.size());
    List<String> rejoined = new ArrayList<>();
    for (Chunk part : parts) {
      assertEquals(ChunkKind.PARAGRAPH, part.kind());
      assertEquals(List.of("1. Scope"), part.sectionPath());
      assertTrue(LineShape.wordCount(part.text()) <= 250, part.text());
      assertTrue(sentences.stream().anyMatch(s -> part.text().startsWith(s)), part.text());
      assertTrue(sentences.stream().anyMatch(s -> part.text().endsWith(s)), part.text());
      rejoined.add(part.text());
    }
    assertEquals(paragraph, String.join(" ", rejoined));
  }

  @Test
  void aChineseParagraphIsCutAtItsSentenceEndsItsCharactersCountedAsWords() {
    String sentence = "两国同意在半导体和人工智能领域加强合作。";
    String paragraph = sentence.repeat(30); // 600 characters, no space
    List<Chunk> chunks = new Chunker().split(SourceDocument.ofText("zh", paragraph + "\n"));

    assertEquals(3, chunks.size());
    for (Chunk chunk : chunks) {
      assertTrue(chunk.text().endsWith("。"), chunk.text());
      assertTrue(LineShape.wordCount(chunk.text()) <= 250, chunk.text());
    }
    assertEquals(paragraph, chunks.stream().map(Chunk::text).reduce("", String::concat));
  }

  @Test
  void smallerMaximumGivesMoreParts() {
    String text = String.join(" ", sentences(10));
    List<Chunk> chunks =
        new Chunker(new ChunkingConfig(40)).split(SourceDocument.ofText("small", text));
    assertEquals(5, chunks.size());
    assertEquals(String.join(" ", sentences(10).subList(0, 2)), chunks.get(0).text());
  }

  @Test
  void sentenceLongerThanMaximumIsNotCut() {
    String text = String.join(" ", sentences(3));
    List<Chunk> chunks =
        new Chunker(new ChunkingConfig(5)).split(SourceDocument.ofText("tiny", text));
    assertEquals(sentences(3), chunks.stream().map(Chunk::text).toList());
  }

  @Test
  void runOnTextWithoutFullStopsIsCutBetweenWords() {
    String words =
        IntStream.range(0, 2000).mapToObj(n -> "word" + n).reduce((a, b) -> a + " " + b).get();
    List<Chunk> chunks = new Chunker().split(SourceDocument.ofText("ocr", wrap(words, 80)));

    assertEquals(8, chunks.size());
    for (Chunk chunk : chunks) {
      assertEquals(250, LineShape.wordCount(chunk.text()), chunk.text());
    }
    assertTrue(chunks.get(1).text().startsWith("word250 word251 "), chunks.get(1).text());
    assertEquals(words, String.join(" ", chunks.stream().map(Chunk::text).toList()));
  }

  @Test
  void runOnTextIsCutAtSemicolonsBeforeWords() {
    String clauses =
        IntStream.range(0, 9)
            .mapToObj(n -> "clause " + n + " of a long run on list")
            .reduce((a, b) -> a + "; " + b)
            .get();
    List<Chunk> chunks =
        new Chunker(new ChunkingConfig(10)).split(SourceDocument.ofText("list", clauses));

    assertEquals(
        List.of(
            "clause 0 of a long run on list;",
            "clause 1 of a long run on list;",
            "clause 2 of a long run on list;"),
        chunks.subList(0, 3).stream().map(Chunk::text).toList());
    assertEquals(9, chunks.size());
  }

  @Test
  void offsetsCoverEachChunksSourceText() throws IOException {
    List<SourceDocument> docs = new ArrayList<>();
    for (String name : SEED) {
      docs.add(seed(name));
    }
    docs.add(SourceDocument.ofText("long", wrap(String.join(" ", sentences(38)), 80)));
    for (SourceDocument doc : docs) {
      for (Chunk chunk : new Chunker().split(doc)) {
        String source = doc.text().substring(chunk.start(), chunk.end());
        String firstWord = chunk.text().split(" ")[0];
        String lastWord = chunk.text().substring(chunk.text().lastIndexOf(' ') + 1);
        assertTrue(source.contains(firstWord), chunk.id() + ": " + source);
        assertTrue(source.endsWith(lastWord), chunk.id() + ": " + source);
      }
    }
  }

  @Test
  void bulletOffsetsStartAtItsMarker() throws IOException {
    SourceDocument doc = seed("us-rok-technology-prosperity-deal");
    Chunk partnering =
        new Chunker()
            .split(doc).stream()
                .filter(c -> c.text().startsWith("Partnering"))
                .findFirst()
                .orElseThrow();
    assertEquals(
        "\u2022 Partnering to strengthen the enforcement of existing AI compute protection measures"
            + " and to \ndiscuss the alignment of protection measures for critical and emerging"
            + " technologies;",
        doc.text().substring(partnering.start(), partnering.end()));
  }

  @Test
  void idsAreStableAcrossRuns() throws IOException {
    SourceDocument doc = seed("us-rok-technology-prosperity-deal");
    List<Chunk> first = new Chunker().split(doc);
    List<Chunk> second = new Chunker().split(seed("us-rok-technology-prosperity-deal"));
    assertEquals(first, second);
    assertEquals("us-rok-technology-prosperity-deal:0", first.get(0).id());
    for (int i = 0; i < first.size(); i++) {
      assertEquals(i, first.get(i).ordinal());
      assertEquals(Chunk.idOf(doc.id(), i), first.get(i).id());
      assertEquals(doc.id(), first.get(i).documentId());
    }
  }

  @Test
  void emptyTextHasNoChunks() {
    assertEquals(List.of(), new Chunker().split(SourceDocument.ofText("empty", "\n \n\f\n")));
  }

  @Test
  void paragraphWithoutLineBreaksIsCutIntoChunksThatPointAtTheirSourceText() {
    // 2,000 sentences on one line, about 190,000 characters: cut into lines and blocks first.
    String text = String.join("  ", sentences(2000));
    SourceDocument doc = SourceDocument.ofText("one-line", text);

    List<Chunk> chunks = new Chunker().split(doc);

    assertTrue(chunks.size() > 100, "chunks: " + chunks.size());
    for (Chunk chunk : chunks) {
      assertTrue(chunk.text().length() < 2000, chunk.text());
      String source = text.substring(chunk.start(), chunk.end()).replaceAll(" +", " ");
      assertEquals(chunk.text(), source);
    }
    assertEquals(
        text.replaceAll(" +", " "), String.join(" ", chunks.stream().map(Chunk::text).toList()));
  }
}
